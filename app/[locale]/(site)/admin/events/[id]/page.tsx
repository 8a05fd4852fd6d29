import type { Metadata } from "next";
import { reviewRequired } from "@/db/mutations/drafts";
import { Link } from "@/i18n/link";
import { notFound } from "next/navigation";
import { EntityForm } from "@/components/forms/EntityForm";
import { eventForEdit } from "@/db/queries/admin";
import { listActors } from "@/db/queries/reference";
import { requireEditor } from "../../_lib/auth";
import { eventFields } from "../../_lib/fields";
import { SavedBanner } from "../../_lib/saved";
import { updateEventAction } from "../actions";

export const metadata: Metadata = { title: "Edit event" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditEventPage({ params, searchParams }: Props) {
  await requireEditor();
  const { id: raw } = await params;
  const sp = await searchParams;
  const event = /^\d{1,9}$/.test(raw) ? eventForEdit(Number(raw)) : null;
  if (!event) notFound();
  return (
    <div className="space-y-4">
      <Link href="/admin/events" className="text-sm text-blue-800 underline">← Events</Link>
      <h1 className="text-2xl font-semibold tracking-tight">{event.title}</h1>
      <p className="text-sm text-slate-600">Version {event.version}. <Link href={`/admin/audit?entity=event&id=${event.id}`} className="text-blue-800 underline">Changes in the audit log</Link></p>
      <SavedBanner message={sp.saved ? "Saved. The timeline shows it on the next request." : null} />
      <EntityForm
        review={reviewRequired() ? "required" : "optional"}
        action={updateEventAction.bind(null, event.id)}
        initial={{ date: event.date, endDate: event.endDate ?? "", title: event.title, description: event.description, confidence: event.confidence, actors: event.actors }}
        version={event.version}
        fields={eventFields(listActors())}
        submitLabel="Save event"
        reloadHref={`/admin/events/${event.id}`}
      />
    </div>
  );
}
