"use client";
import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/admin/forms";
import { SubmitButton } from "./fields";

/** One "Revert this change" button per audit entry, with its outcome announced next to it. */
export function RevertForm({ action, label }: { action: (prev: FormState, fd: FormData) => Promise<FormState>; label: string }) {
  const [state, formAction] = useActionState<FormState, FormData>(action, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      {state.status !== "saved" && <SubmitButton variant="secondary">{label}</SubmitButton>}
      <div aria-live="polite" role="status">
        {state.status === "saved" && <p className="text-sm font-semibold text-green-900">{state.message}</p>}
        {state.status === "error" && <p className="text-sm font-semibold text-red-900">{state.message}</p>}
      </div>
    </form>
  );
}
