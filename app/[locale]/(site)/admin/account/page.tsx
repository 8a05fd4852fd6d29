import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { ChangePasswordForm } from "@/components/forms/UserForms";
import { requireEditor } from "../_lib/auth";
import { changeOwnPassword } from "./actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminPages" });
  return { title: t("account.title") };
}

export default async function AccountPage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  const me = await requireEditor();
  const t = await getTranslations("AdminPages");
  const ta = await getTranslations("Admin");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">{t("account.title")}</h1>
      <p className="text-sm text-slate-600">
        {t.rich("account.intro", {
          username: me.username,
          role: me.role === "admin" ? ta("role.admin") : ta("role.editor"),
          b: (chunks) => <span lang="en">{chunks}</span>,
        })}
      </p>
      <div className="rounded-lg border border-slate-300 bg-white p-4">
        <ChangePasswordForm action={changeOwnPassword} />
      </div>
    </div>
  );
}
