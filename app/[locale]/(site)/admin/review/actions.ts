"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirectHere } from "@/app/[locale]/(site)/admin/_lib/redirect";
import { approveDraft, getDraft, sendBackDraft, setReviewRequired, withdrawDraft } from "@/db/mutations/drafts";
import { bound, boundOk, readForm, type FormState } from "@/lib/admin/forms";
import { reviewCommentInput } from "@/lib/admin/schemas";
import { requireAdmin, requireEditor } from "../_lib/auth";
import { dataChanged } from "../_lib/invalidate";
import { CACHE_TAGS } from "@/db/cache-tags";
import { adminMessages } from "../_lib/messages";
import { failedResult, invalidInput, refused, refusedBound } from "../_lib/results";

/** Approve: publishes the draft as one audited change (author and reviewer both recorded); never one's own. */
export async function approveDraftAction(draftId: number, _prev: FormState, _fd: FormData): Promise<FormState> {
  const reviewer = await requireEditor();
  void _fd;
  if (!boundOk([bound.id, draftId])) return refusedBound();
  const kind = getDraft(draftId)?.kind;
  const r = approveDraft(draftId, reviewer);
  if (r.status !== "ok") {
    if (r.status === "conflict")
      return {
        status: "error",
        at: Date.now(),
        message: (await getTranslations("AdminPages"))("review.notPublished"),
        values: {},
      };
    if (r.status === "invalid") {
      const text = await adminMessages();
      return { status: "error", at: Date.now(), message: Object.values(r.fieldErrors).flat().map(text).join(" "), values: {} };
    }
    return failedResult(r, {}, "draft");
  }
  dataChanged(kind?.startsWith("event") ? CACHE_TAGS.events : CACHE_TAGS.stances);
  return redirectHere(`/admin/review?approved=${draftId}`);
}

/** Send back with a comment (required): nothing becomes public. */
export async function sendBackDraftAction(draftId: number, _prev: FormState, fd: FormData): Promise<FormState> {
  const reviewer = await requireEditor();
  if (!boundOk([bound.id, draftId])) return refusedBound();
  const form = readForm(fd);
  if (!form.ok) return refused();
  const parsed = reviewCommentInput.safeParse(form.values);
  if (!parsed.success) return invalidInput(parsed.error, form.values);
  const r = sendBackDraft(draftId, reviewer, parsed.data.comment);
  if (r.status !== "ok") return failedResult(r, form.values, "draft");
  revalidatePath("/admin/review");
  return redirectHere(`/admin/review?sentBack=${draftId}`);
}

export async function withdrawDraftAction(draftId: number, _prev: FormState, _fd: FormData): Promise<FormState> {
  const author = await requireEditor();
  void _fd;
  if (!boundOk([bound.id, draftId])) return refusedBound();
  const r = withdrawDraft(draftId, author);
  if (r.status !== "ok") return failedResult(r, {}, "draft");
  revalidatePath("/admin/review");
  return redirectHere(`/admin/review?withdrawn=${draftId}`);
}

/** Admin only: whether editors may publish directly or every change needs a second account's approval. */
export async function setReviewRequiredAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const admin = await requireAdmin();
  const form = readForm(fd);
  if (!form.ok) return refused();
  const required = form.values.reviewRequired === "on";
  const r = setReviewRequired(required, admin);
  if (r.status !== "ok") return failedResult(r, {}, "draft");
  revalidatePath("/admin", "layout");
  return { status: "saved", at: Date.now(), message: (await adminMessages())(r.message) };
}
