"use client";
import { useActionState } from "react";
import { IDLE, valueAt, type FormState } from "@/lib/admin/forms";
import { FormStatus, SubmitButton, TextArea } from "./fields";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;

function Outcome({ state }: { state: FormState }) {
  return (
    <div aria-live="polite" role="status">
      {state.status === "saved" && <p className="text-sm font-semibold text-green-900">{state.message}</p>}
      {state.status === "error" && <p className="text-sm font-semibold text-red-900">{state.message}</p>}
    </div>
  );
}

/** A reviewer's two choices on someone else's draft: approve (publish) or send back with a comment. */
export function DraftDecision({ approve, sendBack, draftId }: { approve: Action; sendBack: Action; draftId: number }) {
  const [approved, approveAction] = useActionState<FormState, FormData>(approve, IDLE);
  const [sent, sendBackAction] = useActionState<FormState, FormData>(sendBack, IDLE);
  if (approved.status === "saved" || sent.status === "saved") return <Outcome state={approved.status === "saved" ? approved : sent} />;
  const values = sent.status === "invalid" ? sent.values : undefined;
  return (
    <div className="grid gap-4 md:grid-cols-[auto_1fr]">
      <form action={approveAction} className="space-y-2">
        <SubmitButton>Approve and publish</SubmitButton>
        <Outcome state={approved} />
      </form>
      <form action={sendBackAction} noValidate className="space-y-2">
        <FormStatus state={sent} />
        <TextArea
          name="comment"
          label={`Comment for the author (draft #${draftId})`}
          required
          rows={2}
          errors={sent.status === "invalid" ? sent.fieldErrors : undefined}
          defaultValue={valueAt(values, "comment")}
          hint="What should change before it can be published."
        />
        <SubmitButton variant="secondary">Send back</SubmitButton>
      </form>
    </div>
  );
}

/** The author's own pending draft: only withdrawing it. */
export function WithdrawDraft({ action }: { action: Action }) {
  const [state, formAction] = useActionState<FormState, FormData>(action, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      <p className="text-sm text-slate-700">Your draft: another account must review it.</p>
      {state.status !== "saved" && <SubmitButton variant="secondary">Withdraw my draft</SubmitButton>}
      <Outcome state={state} />
    </form>
  );
}

/** Admin: the review setting. */
export function ReviewSetting({ action, required }: { action: Action; required: boolean }) {
  const [state, formAction] = useActionState<FormState, FormData>(action, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="reviewRequired" defaultChecked={required} className="mt-1" />
        <span>
          <span className="font-medium">Changes need review.</span> Stance and event changes become public only when a
          second account approves them. Off: editors publish directly and may still save drafts for review.
        </span>
      </label>
      <SubmitButton variant="secondary">Save setting</SubmitButton>
      <Outcome state={state} />
    </form>
  );
}
