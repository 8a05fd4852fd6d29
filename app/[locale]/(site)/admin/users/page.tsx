import { Link } from "@/i18n/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { AddUserForm, UserRowActions } from "@/components/forms/UserForms";
import { adminUsers } from "@/db/queries/admin";
import { requireAdmin } from "../_lib/auth";
import { createUserAction, resetPasswordAction, setDisabledAction } from "./actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminPages" });
  return { title: t("users.title") };
}

export default async function UsersPage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  const me = await requireAdmin();
  const t = await getTranslations("AdminPages");
  const ta = await getTranslations("Admin");
  const users = adminUsers();
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("users.title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("users.intro")}</p>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t("users.caption")}</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="p-2">{t("users.colUsername")}</th>
              <th scope="col" className="p-2">{t("users.colRole")}</th>
              <th scope="col" className="p-2">{t("users.colStatus")}</th>
              <th scope="col" className="p-2">{t("users.colSessions")}</th>
              <th scope="col" className="p-2">{t("users.colActions")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-t border-slate-200 align-top" data-testid={`user-${u.username}`}>
                <td className="p-2 font-medium"><span lang="en">{u.username}</span>{u.id === me.id && <span className="text-slate-500"> {t("users.you")}</span>}</td>
                <td className="p-2">{u.role === "admin" ? ta("role.admin") : ta("role.editor")}</td>
                <td className="p-2">{u.disabledAt ? <span className="text-red-800">{t("users.disabled")}</span> : t("users.active")}</td>
                <td className="p-2 tabular-nums">{u.activeSessions}</td>
                <td className="p-2">
                  {u.id === me.id ? (
                    <Link href="/admin/account" className="text-blue-800 underline">{t("users.changeMine")}</Link>
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
        <h2 id="add-user" className="mb-2 text-lg font-semibold">{t("users.add")}</h2>
        <AddUserForm action={createUserAction} />
      </section>
    </div>
  );
}
