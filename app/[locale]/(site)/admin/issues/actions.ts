"use server";
import { redirectHere } from "@/app/[locale]/(site)/admin/_lib/redirect";
import { createIssue, updateIssue } from "@/db/mutations/issues";
import { boundOk, bound, readForm, type FormState } from "@/lib/admin/forms";
import { issueInput } from "@/lib/admin/schemas";
import { requireEditor } from "../_lib/auth";
import { failedResult, invalidInput, refused, refusedBound } from "../_lib/results";
import { CACHE_TAGS } from "@/db/cache-tags";
import { dataChanged } from "../_lib/invalidate";

export async function createIssueAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const editor = await requireEditor();
  const form = readForm(fd);
  if (!form.ok) return refused();
  const values = form.values;
  const parsed = issueInput.safeParse({ ...values, version: "1" });
  if (!parsed.success) return invalidInput(parsed.error, values);
  const r = createIssue(parsed.data, editor);
  if (r.status !== "ok") return failedResult(r, values, "issue");
  dataChanged(CACHE_TAGS.reference);
  return redirectHere(`/admin/issues/${parsed.data.slug}?saved=1`);
}

export async function updateIssueAction(slug: string, _prev: FormState, fd: FormData): Promise<FormState> {
  const editor = await requireEditor();
  if (!boundOk([bound.slug, slug])) return refusedBound();
  const form = readForm(fd);
  if (!form.ok) return refused();
  const values = { ...form.values, slug };
  const parsed = issueInput.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  const r = updateIssue(slug, parsed.data, editor);
  if (r.status !== "ok") return failedResult(r, values, "issue");
  dataChanged(CACHE_TAGS.reference);
  return redirectHere(`/admin/issues/${slug}?saved=1`);
}
