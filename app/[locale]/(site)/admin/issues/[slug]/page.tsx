import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/link";
import { notFound } from "next/navigation";
import { pageLocale } from "@/i18n/page";
import { EntityForm } from "@/components/forms/EntityForm";
import { Mixed } from "@/components/stances/Mixed";
import { issueForEdit } from "@/db/queries/admin";
import { localizeHref } from "@/lib/i18n/paths";
import { requireEditor } from "../../_lib/auth";
import { issueFields } from "../../_lib/fields";
import { SavedBanner } from "../../_lib/saved";
import { updateIssueAction } from "../actions";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminEntities" });
  return { title: t("issues.editTitle") };
}

export default async function EditIssuePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await requireEditor();
  const t = await getTranslations("AdminEntities");
  const ta = await getTranslations("Admin");
  const { slug } = await params;
  const sp = await searchParams;
  const issue = /^[a-z0-9-]{1,60}$/.test(slug) ? issueForEdit(slug) : null;
  if (!issue) notFound();
  return (
    <div className="space-y-4">
      <Link href="/admin/issues" className="text-sm text-blue-800 underline">{t("issues.back")}</Link>
      <h1 className="text-2xl font-semibold tracking-tight"><Mixed text={(locale === "ko" && issue.titleKo) || issue.title} locale={locale} /></h1>
      <p className="text-sm text-slate-600">{ta("version", { version: issue.version })} <Link href={`/admin/audit?entity=issue&id=${issue.id}`} className="text-blue-800 underline">{ta("auditLink")}</Link></p>
      <SavedBanner message={sp.saved ? t("issues.saved") : null} />
      <EntityForm
        action={updateIssueAction.bind(null, slug)}
        initial={{
          slug: issue.slug,
          title: issue.title,
          titleKo: issue.titleKo ?? "",
          cluster: issue.cluster,
          definition: issue.definition,
          definitionKo: issue.definitionKo ?? "",
          displayOrder: String(issue.displayOrder),
          scale: issue.scale,
          scaleKo: issue.scaleKo.map((l) => l ?? ""),
        }}
        version={issue.version}
        fields={await issueFields(false)}
        submitLabel={t("issues.save")}
        reloadHref={localizeHref(locale, `/admin/issues/${slug}`)}
      />
    </div>
  );
}
