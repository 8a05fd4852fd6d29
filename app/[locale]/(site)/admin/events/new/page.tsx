import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { reviewRequired } from "@/db/mutations/drafts";
import { Link } from "@/i18n/link";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { EntityForm } from "@/components/forms/EntityForm";
import { listActors } from "@/db/queries/reference";
import { localizeHref } from "@/lib/i18n/paths";
import { requireEditor } from "../../_lib/auth";
import { eventFields } from "../../_lib/fields";
import { createEventAction } from "../actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminEntities" });
  return { title: t("events.add") };
}

export default async function NewEventPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  await requireEditor();
  const t = await getTranslations("AdminEntities");
  return (
    <div className="space-y-4">
      <Link href="/admin/events" className="text-sm text-blue-800 underline">{t("events.back")}</Link>
      <h1 className="text-2xl font-semibold tracking-tight">{t("events.addTitle")}</h1>
      <EntityForm action={createEventAction} initial={{ confidence: "high" }} version={1} fields={await eventFields(listActors(locale))} submitLabel={t("events.add")} reloadHref={localizeHref(locale, "/admin/events/new")} review={reviewRequired() ? "required" : "optional"} />
    </div>
  );
}
