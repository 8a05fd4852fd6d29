import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/link";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { EntityForm } from "@/components/forms/EntityForm";
import { localizeHref } from "@/lib/i18n/paths";
import { requireEditor } from "../../_lib/auth";
import { issueFields } from "../../_lib/fields";
import { createIssueAction } from "../actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminEntities" });
  return { title: t("issues.add") };
}

export default async function NewIssuePage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  await requireEditor();
  const t = await getTranslations("AdminEntities");
  return (
    <div className="space-y-4">
      <Link href="/admin/issues" className="text-sm text-blue-800 underline">{t("issues.back")}</Link>
      <h1 className="text-2xl font-semibold tracking-tight">{t("issues.addTitle")}</h1>
      <p className="max-w-3xl text-sm text-slate-600">{t("issues.intro")}</p>
      <EntityForm action={createIssueAction} initial={{ cluster: "denuclearization", displayOrder: "100" }} version={1} fields={await issueFields(true)} submitLabel={t("issues.add")} reloadHref={localizeHref(locale, "/admin/issues/new")} />
    </div>
  );
}
