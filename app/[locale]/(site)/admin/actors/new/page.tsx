import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/link";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { EntityForm } from "@/components/forms/EntityForm";
import { localizeHref } from "@/lib/i18n/paths";
import { requireEditor } from "../../_lib/auth";
import { actorFields } from "../../_lib/fields";
import { createActorAction } from "../actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminEntities" });
  return { title: t("actors.add") };
}

export default async function NewActorPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  await requireEditor();
  const t = await getTranslations("AdminEntities");
  return (
    <div className="space-y-4">
      <Link href="/admin/actors" className="text-sm text-blue-800 underline">{t("actors.back")}</Link>
      <h1 className="text-2xl font-semibold tracking-tight">{t("actors.addTitle")}</h1>
      <EntityForm action={createActorAction} initial={{ color: "#0072B2", displayOrder: "100" }} version={1} fields={await actorFields(true)} submitLabel={t("actors.add")} reloadHref={localizeHref(locale, "/admin/actors/new")} />
    </div>
  );
}
