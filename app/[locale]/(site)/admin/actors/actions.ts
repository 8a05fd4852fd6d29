"use server";
import { redirectHere } from "@/app/[locale]/(site)/admin/_lib/redirect";
import { createActor, updateActor } from "@/db/mutations/actors";
import { boundOk, bound, readForm, type FormState } from "@/lib/admin/forms";
import { actorInput } from "@/lib/admin/schemas";
import { requireEditor } from "../_lib/auth";
import { failedResult, invalidInput, refused, refusedBound } from "../_lib/results";
import { CACHE_TAGS } from "@/db/cache-tags";
import { dataChanged } from "../_lib/invalidate";

export async function createActorAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const editor = await requireEditor();
  const form = readForm(fd);
  if (!form.ok) return refused();
  const values = form.values;
  const parsed = actorInput.safeParse({ ...values, version: "1" });
  if (!parsed.success) return invalidInput(parsed.error, values);
  const r = createActor(parsed.data, editor);
  if (r.status !== "ok") return failedResult(r, values, "actor");
  dataChanged(CACHE_TAGS.reference);
  return redirectHere(`/admin/actors/${parsed.data.code}?saved=1`);
}

export async function updateActorAction(code: string, _prev: FormState, fd: FormData): Promise<FormState> {
  const editor = await requireEditor();
  if (!boundOk([bound.code, code])) return refusedBound();
  const form = readForm(fd);
  if (!form.ok) return refused();
  const values = form.values;
  // The code is fixed: whatever the form says, the actor being edited keeps its own.
  const parsed = actorInput.safeParse({ ...values, code });
  if (!parsed.success) return invalidInput(parsed.error, { ...values, code });
  const r = updateActor(code, parsed.data, editor);
  if (r.status !== "ok") return failedResult(r, { ...values, code }, "actor");
  dataChanged(CACHE_TAGS.reference);
  return redirectHere(`/admin/actors/${code}?saved=1`);
}
