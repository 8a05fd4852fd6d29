import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/link";
import { notFound } from "next/navigation";
import { pageLocale } from "@/i18n/page";
import { EntityForm } from "@/components/forms/EntityForm";
import { Mixed } from "@/components/stances/Mixed";
import { actorForEdit } from "@/db/queries/admin";
import { localizeHref } from "@/lib/i18n/paths";
import { requireEditor } from "../../_lib/auth";
import { actorFields } from "../../_lib/fields";
import { SavedBanner } from "../../_lib/saved";
import { updateActorAction } from "../actions";

type Props = { params: Promise<{ locale: string; code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminEntities" });
  return { title: t("actors.editTitle") };
}

export default async function EditActorPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await requireEditor();
  const t = await getTranslations("AdminEntities");
  const ta = await getTranslations("Admin");
  const { code } = await params;
  const sp = await searchParams;
  const actor = /^[A-Z]{2,8}$/.test(code) ? actorForEdit(code) : null;
  if (!actor) notFound();
  const { id: _id, version, ...values } = actor;
  void _id;
  return (
    <div className="space-y-4">
      <Link href="/admin/actors" className="text-sm text-blue-800 underline">{t("actors.back")}</Link>
      <h1 className="text-2xl font-semibold tracking-tight"><Mixed text={(locale === "ko" && actor.nameKo) || actor.name} locale={locale} /></h1>
      <p className="text-sm text-slate-600">{ta("version", { version })} <Link href={`/admin/audit?entity=actor&id=${actor.id}`} className="text-blue-800 underline">{ta("auditLink")}</Link></p>
      <SavedBanner message={sp.saved ? t("actors.saved") : null} />
      <EntityForm
        action={updateActorAction.bind(null, code)}
        initial={{ ...values, nameKo: values.nameKo ?? "", shortNameKo: values.shortNameKo ?? "", descriptionKo: values.descriptionKo ?? "", displayOrder: String(values.displayOrder) }}
        version={version}
        fields={await actorFields(false)}
        submitLabel={t("actors.save")}
        reloadHref={localizeHref(locale, `/admin/actors/${code}`)}
      />
    </div>
  );
}
