"use server";
import { redirectHere } from "@/app/[locale]/(site)/admin/_lib/redirect";
import { createEvent, updateEvent } from "@/db/mutations/events";
import { createDraft } from "@/db/mutations/drafts";
import { asDraft } from "../_lib/review";
import { boundOk, bound, readForm, type FormState } from "@/lib/admin/forms";
import { eventInput } from "@/lib/admin/schemas";
import { requireEditor } from "../_lib/auth";
import { failedResult, invalidInput, refused, refusedBound } from "../_lib/results";
import { CACHE_TAGS } from "@/db/cache-tags";
import { dataChanged } from "../_lib/invalidate";

export async function createEventAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const editor = await requireEditor();
  const form = readForm(fd);
  if (!form.ok) return refused();
  const values = form.values;
  const parsed = eventInput.safeParse({ ...values, version: "1" });
  if (!parsed.success) return invalidInput(parsed.error, values);
  if (asDraft(values)) {
    const d = createDraft({ kind: "event-create", input: parsed.data }, `New event: ${parsed.data.title} (${parsed.data.date})`, editor);
    return redirectHere(`/admin/review?submitted=${d.status === "ok" ? d.id : ""}`);
  }
  const r = createEvent(parsed.data, editor);
  if (r.status !== "ok") return failedResult(r, values, "event");
  dataChanged(CACHE_TAGS.events);
  return redirectHere(`/admin/events/${r.id}?saved=1`);
}

export async function updateEventAction(id: number, _prev: FormState, fd: FormData): Promise<FormState> {
  const editor = await requireEditor();
  if (!boundOk([bound.id, id])) return refusedBound();
  const form = readForm(fd);
  if (!form.ok) return refused();
  const values = form.values;
  const parsed = eventInput.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  if (asDraft(values)) {
    const d = createDraft({ kind: "event-update", targetId: id, input: parsed.data }, `Change of event: ${parsed.data.title} (${parsed.data.date})`, editor);
    return redirectHere(`/admin/review?submitted=${d.status === "ok" ? d.id : ""}`);
  }
  const r = updateEvent(id, parsed.data, editor);
  if (r.status !== "ok") return failedResult(r, values, "event");
  dataChanged(CACHE_TAGS.events);
  return redirectHere(`/admin/events/${id}?saved=1`);
}
