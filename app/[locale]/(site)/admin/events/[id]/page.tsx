import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { reviewRequired } from "@/db/mutations/drafts";
import { Link } from "@/i18n/link";
import { notFound } from "next/navigation";
import { pageLocale } from "@/i18n/page";
import { EntityForm } from "@/components/forms/EntityForm";
import { Mixed } from "@/components/stances/Mixed";
import { eventForEdit } from "@/db/queries/admin";
import { listActors } from "@/db/queries/reference";
import { localizeHref } from "@/lib/i18n/paths";
import { requireEditor } from "../../_lib/auth";
import { eventFields } from "../../_lib/fields";
import { SavedBanner } from "../../_lib/saved";
import { updateEventAction } from "../actions";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminEntities" });
  return { title: t("events.editTitle") };
}

export default async function EditEventPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await requireEditor();
  const t = await getTranslations("AdminEntities");
  const ta = await getTranslations("Admin");
  const { id: raw } = await params;
  const sp = await searchParams;
  const event = /^\d{1,9}$/.test(raw) ? eventForEdit(Number(raw)) : null;
  if (!event) notFound();
  return (
    <div className="space-y-4">
      <Link href="/admin/events" className="text-sm text-blue-800 underline">{t("events.back")}</Link>
      <h1 className="text-2xl font-semibold tracking-tight"><Mixed text={(locale === "ko" && event.titleKo) || event.title} locale={locale} /></h1>
      <p className="text-sm text-slate-600">{ta("version", { version: event.version })} <Link href={`/admin/audit?entity=event&id=${event.id}`} className="text-blue-800 underline">{ta("auditLink")}</Link></p>
      <SavedBanner message={sp.saved ? t("events.saved") : null} />
      <EntityForm
        review={reviewRequired() ? "required" : "optional"}
        action={updateEventAction.bind(null, event.id)}
        initial={{
          date: event.date,
          endDate: event.endDate ?? "",
          title: event.title,
          titleKo: event.titleKo ?? "",
          description: event.description,
          descriptionKo: event.descriptionKo ?? "",
          confidence: event.confidence,
          actors: event.actors,
        }}
        version={event.version}
        fields={await eventFields(listActors(locale))}
        submitLabel={t("events.save")}
        reloadHref={localizeHref(locale, `/admin/events/${event.id}`)}
      />
    </div>
  );
}
