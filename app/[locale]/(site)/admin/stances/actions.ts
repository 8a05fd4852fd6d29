"use server";
import { getTranslations } from "next-intl/server";
import { redirectHere } from "@/app/[locale]/(site)/admin/_lib/redirect";
import { correctStance, createStance, recordNewStance, stanceSnapshot } from "@/db/mutations/stances";
import { createDraft, type DraftPayload } from "@/db/mutations/drafts";
import type { Editor, MutationResult } from "@/db/mutations/types";
import { getDb } from "@/db/client";
import type { StanceInput } from "@/lib/admin/schemas";
import { asDraft } from "../_lib/review";
import { boundOk, bound, readForm, type FormState, type FormValues } from "@/lib/admin/forms";
import { seriesInput, stanceInput } from "@/lib/admin/schemas";
import { requireEditor } from "../_lib/auth";
import { failedResult, invalidInput, refused, refusedBound } from "../_lib/results";
import { CACHE_TAGS } from "@/db/cache-tags";
import { dataChanged } from "../_lib/invalidate";

/**
 * Saves the stance form: "new" records a new dated stance of the same series, "correct" fixes this one in
 * place. Both check the version the form was loaded at and write their audit row in the same transaction.
 */
export async function saveStance(stanceId: number, _prev: FormState, fd: FormData): Promise<FormState> {
  const editor = await requireEditor();
  if (!boundOk([bound.id, stanceId])) return refusedBound();
  return submitStance(editor, fd, {
    draft: (input) => ({
      payload: { kind: input.mode === "new" ? "stance-new" : "stance-correct", targetId: stanceId, input },
      summary: draftSummary(stanceId, input),
    }),
    save: (input) => (input.mode === "new" ? recordNewStance(stanceId, input, editor) : correctStance(stanceId, input, editor)),
  });
}

/** "Correct ROK on sequencing from 2019-03-01" style: what a draft proposes, for the review queue. */
function draftSummary(stanceId: number, input: StanceInput): string {
  const s = stanceSnapshot(getDb().$client, stanceId);
  const series = s ? `${s.actor} on ${s.issue}${s.counterpart ? ` toward ${s.counterpart}` : ""}` : `stance #${stanceId}`;
  return input.mode === "new" ? `New stance of ${series} from ${input.validFrom}` : `Correction of ${series} (from ${s?.validFrom ?? "?"})`;
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
    return { status: "error", at: Date.now(), message: (await getTranslations("AdminResults"))("noSeries"), values: {} };
  const { actor, issue, counterpart } = chosen.data;
  return submitStance(editor, fd, {
    fixed: { mode: "new", version: "1" },
    draft: (input) => ({
      payload: { kind: "stance-create", series: chosen.data, input },
      summary: `First stance of ${actor} on ${issue}${counterpart ? ` toward ${counterpart}` : ""} from ${input.validFrom}`,
    }),
    save: (input) => createStance(chosen.data, input, editor),
  });
}

/**
 * The one path of both stance forms, after the action checked the session and its bound arguments: read the form
 * within its bounds, validate it with zod, then either file a draft for review or save through the mutation (one
 * immediate transaction: version check, change, audit row), expire the cached reads and go to the saved stance.
 */
async function submitStance(
  editor: Editor,
  fd: FormData,
  how: {
    /** Values the form cannot choose (a created stance is always "new", at version 1). */
    fixed?: FormValues;
    draft: (input: StanceInput) => { payload: DraftPayload; summary: string };
    save: (input: StanceInput) => MutationResult;
  },
): Promise<FormState> {
  const form = readForm(fd);
  if (!form.ok) return refused();
  const values = form.values;
  const parsed = stanceInput.safeParse({ ...values, ...how.fixed });
  if (!parsed.success) return invalidInput(parsed.error, values);
  const input = parsed.data;
  if (asDraft(values)) {
    const { payload, summary } = how.draft(input);
    const d = createDraft(payload, summary, editor);
    return redirectHere(`/admin/review?submitted=${d.status === "ok" ? d.id : ""}`);
  }
  const r = how.save(input);
  if (r.status !== "ok") return failedResult(r, values, "stance");
  // Expires the cached reads of stances: the redirect and every reader's next request see this edit.
  dataChanged(CACHE_TAGS.stances);
  return redirectHere(`/admin/stances/${r.id}?saved=${input.mode === "new" ? "new" : "corrected"}`);
}
