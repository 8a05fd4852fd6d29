"use server";
import { redirect } from "next/navigation";
import { correctStance, createStance, recordNewStance } from "@/db/mutations/stances";
import { boundRefused, boundOk, bound, readForm, refusedForm, type FormState } from "@/lib/admin/forms";
import { seriesInput, stanceInput } from "@/lib/admin/schemas";
import { requireEditor } from "../_lib/auth";
import { failedResult, invalidInput } from "../_lib/results";
import { CACHE_TAGS } from "@/db/cache-tags";
import { dataChanged } from "../_lib/invalidate";

/**
 * Saves the stance form: "new" records a new dated stance of the same series, "correct" fixes this one in
 * place. Both check the version the form was loaded at and write their audit row in the same transaction.
 */
export async function saveStance(stanceId: number, _prev: FormState, fd: FormData): Promise<FormState> {
  const editor = await requireEditor();
  if (!boundOk([bound.id, stanceId])) return boundRefused();
  const form = readForm(fd);
  if (!form.ok) return refusedForm(form);
  const values = form.values;
  const parsed = stanceInput.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  const input = parsed.data;
  const r = input.mode === "new" ? recordNewStance(stanceId, input, editor) : correctStance(stanceId, input, editor);
  if (r.status !== "ok") return failedResult(r, values);
  // Expires the cached reads of stances: the redirect and every reader's next request see this edit.
  dataChanged(CACHE_TAGS.stances);
  redirect(`/admin/stances/${r.id}?saved=${input.mode === "new" ? "new" : "corrected"}`);
}

/** A stance for a series chosen on the "new stance" page (e.g. the first stance of a new actor). */
export async function createStanceAction(
  series: { actor: string; issue: string; counterpart: string | null },
  _prev: FormState,
  fd: FormData,
): Promise<FormState> {
  const editor = await requireEditor();
  // Bound arguments travel from the browser like any other input: check their shape too.
  const chosen = seriesInput.safeParse(series);
  if (!chosen.success)
    return { status: "error", at: Date.now(), message: "This form names no valid series: start again from “New stance”.", values: {} };
  const form = readForm(fd);
  if (!form.ok) return refusedForm(form);
  const values = form.values;
  const parsed = stanceInput.safeParse({ ...values, mode: "new", version: "1" });
  if (!parsed.success) return invalidInput(parsed.error, values);
  const r = createStance(chosen.data, parsed.data, editor);
  if (r.status !== "ok") return failedResult(r, values);
  dataChanged(CACHE_TAGS.stances);
  redirect(`/admin/stances/${r.id}?saved=new`);
}
