import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/forms/UserForms";
import { requireEditor } from "../_lib/auth";
import { changeOwnPassword } from "./actions";

export const metadata: Metadata = { title: "My password" };

export default async function AccountPage() {
  const me = await requireEditor();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">My password</h1>
      <p className="text-sm text-slate-600">Signed in as {me.username} ({me.role}). Changing your password signs out your other sessions.</p>
      <div className="rounded-lg border border-slate-300 bg-white p-4">
        <ChangePasswordForm action={changeOwnPassword} />
      </div>
    </div>
  );
}
