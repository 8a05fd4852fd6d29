import type { Metadata } from "next";
import { reviewRequired } from "@/db/mutations/drafts";
import { Link } from "@/i18n/link";
import { EntityForm } from "@/components/forms/EntityForm";
import { listActors } from "@/db/queries/reference";
import { requireEditor } from "../../_lib/auth";
import { eventFields } from "../../_lib/fields";
import { createEventAction } from "../actions";

export const metadata: Metadata = { title: "Add event" };

export default async function NewEventPage() {
  await requireEditor();
  return (
    <div className="space-y-4">
      <Link href="/admin/events" className="text-sm text-blue-800 underline">← Events</Link>
      <h1 className="text-2xl font-semibold tracking-tight">Add an event</h1>
      <EntityForm action={createEventAction} initial={{ confidence: "high" }} version={1} fields={eventFields(listActors())} submitLabel="Add event" reloadHref="/admin/events/new" review={reviewRequired() ? "required" : "optional"} />
    </div>
  );
}
