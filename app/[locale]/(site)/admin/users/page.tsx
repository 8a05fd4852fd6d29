import { Link } from "@/i18n/link";
import type { Metadata } from "next";
import { AddUserForm, UserRowActions } from "@/components/forms/UserForms";
import { adminUsers } from "@/db/queries/admin";
import { requireAdmin } from "../_lib/auth";
import { createUserAction, resetPasswordAction, setDisabledAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requireAdmin();
  const users = adminUsers();
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Users</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          Admins manage users and everything else; editors edit actors, issues, stances, evidence and events. New
          accounts and password resets get a generated password, shown once. Disabling an account or resetting its
          password ends its sessions at once.
        </p>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Accounts</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="p-2">Username</th>
              <th scope="col" className="p-2">Role</th>
              <th scope="col" className="p-2">Status</th>
              <th scope="col" className="p-2">Active sessions</th>
              <th scope="col" className="p-2">Actions</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-t border-slate-200 align-top" data-testid={`user-${u.username}`}>
                <td className="p-2 font-medium">{u.username}{u.id === me.id && <span className="text-slate-500"> (you)</span>}</td>
                <td className="p-2">{u.role}</td>
                <td className="p-2">{u.disabledAt ? <span className="text-red-800">Disabled</span> : "Active"}</td>
                <td className="p-2 tabular-nums">{u.activeSessions}</td>
                <td className="p-2">
                  {u.id === me.id ? (
                    <Link href="/admin/account" className="text-blue-800 underline">Change my password</Link>
                  ) : (
                    <UserRowActions
                      username={u.username}
                      disabled={u.disabledAt !== null}
                      toggle={setDisabledAction.bind(null, u.id, u.disabledAt === null, u.version)}
                      reset={resetPasswordAction.bind(null, u.id, u.version)}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="add-user" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="add-user" className="mb-2 text-lg font-semibold">Add a user</h2>
        <AddUserForm action={createUserAction} />
      </section>
    </div>
  );
}
