import "server-only";
/**
 * Form errors in the language of the request. The zod schemas (lib/admin/schemas.ts) stay pure and keep their
 * English messages; here each zod issue is mapped, by the field it concerns and its issue code, to a catalogue
 * message (AdminValidation) with the field's name and limits filled in. An issue no rule knows keeps its own text.
 */
import { getTranslations } from "next-intl/server";
import { formatPath } from "@conform-to/dom/future";
import type { z } from "zod";
import { MIN_PASSWORD } from "@/lib/admin/schemas";
import type { FieldErrors } from "@/lib/admin/forms";
import { josa } from "@/lib/i18n/josa";

type T = Awaited<ReturnType<typeof getTranslations<"AdminValidation">>>;
type Issue = z.core.$ZodIssue;

const POINTS = ["−2", "−1", "0", "+1", "+2"];

/** The name of a field in messages ("Summary is required."), from its path in the form. */
function fieldName(t: T, path: (string | number)[]): string | null {
  const [head, second, third] = path;
  if (head === "evidence" && typeof third === "string") {
    const names: Record<string, string> = {
      title: t("label.sourceTitle"),
      publisher: t("label.publisher"),
      paraphrase: t("label.paraphrase"),
      paraphraseKo: t("label.paraphraseKo"),
      quote: t("label.quote"),
      note: t("label.note"),
      noteKo: t("label.noteKo"),
      sourceKey: t("label.sourceKey"),
    };
    return names[third] ?? null;
  }
  if (head === "scale" && typeof second === "number") return t("label.scale", { point: POINTS[second] ?? "" });
  if (head === "scaleKo" && typeof second === "number") return t("label.scaleKo", { point: POINTS[second] ?? "" });
  const names: Record<string, string> = {
    title: t("label.title"),
    titleKo: t("label.titleKo"),
    summary: t("label.summary"),
    summaryKo: t("label.summaryKo"),
    note: t("label.coderNote"),
    noteKo: t("label.coderNoteKo"),
    salience: t("label.salience"),
    name: t("label.name"),
    nameKo: t("label.nameKo"),
    shortName: t("label.shortName"),
    shortNameKo: t("label.shortNameKo"),
    description: t("label.description"),
    descriptionKo: t("label.descriptionKo"),
    displayOrder: t("label.displayOrder"),
    definition: t("label.definition"),
    definitionKo: t("label.definitionKo"),
    date: t("label.date"),
    endDate: t("label.endDate"),
    comment: t("label.comment"),
  };
  return typeof head === "string" ? (names[head] ?? null) : null;
}

/** Messages that belong to one field whatever the issue (formats, choices, cross-field rules). */
function fieldRule(t: T, path: (string | number)[], issue: Issue): string | null {
  const [head, , third] = path;
  const last = head === "evidence" ? third : head;
  if (head === "evidence" && path.length === 1)
    return issue.code === "custom" ? t("needEvidence") : issue.code === "too_big" ? t("evidenceMax") : t("evidenceList");
  switch (last) {
    case "publishedOn":
      return issue.code === "too_small" ? t("required", { field: t("label.publishedOn") }) : t("publishedOn");
    case "url":
      return issue.code === "too_big" ? null : t("url");
    case "version":
      return t("version");
    case "confidence":
      return t("confidence");
    case "mode":
      return t("mode");
    case "position":
      return t("position");
    case "unsourced":
      return t("unsourcedWithEvidence");
    case "validFrom":
      return t("validFrom");
    case "code":
      return t("code");
    case "color":
      return t("colour");
    case "slug":
      return issue.code === "too_small" || issue.code === "too_big" ? null : t("slug");
    case "cluster":
      return t("cluster");
    case "actors":
      return t("unknownActor");
    case "username":
      return issue.code === "too_small" ? t("enterUsername") : issue.code === "too_big" ? t("usernameLong") : t("username");
    case "role":
      return t("role");
    case "current":
      return t("currentPassword");
    case "confirm":
      return t("passwordsDiffer");
    case "next":
      return issue.code === "too_small" ? t("passwordMin", { min: MIN_PASSWORD }) : t("passwordMax");
    case "password":
      return issue.code === "too_small" ? t("enterPassword") : t("passwordLong");
    case "note":
      return issue.code === "custom" ? t("unsourcedNote") : null;
    case "endDate":
      return issue.code === "custom" ? t("endDate") : t("optionalDate", { field: t("label.endDate") });
    case "date":
      return issue.code === "too_small" ? null : t("date", { field: t("label.date") });
    case "scale":
      return path.length === 1 ? t("scale") : null;
    case "salience":
    case "displayOrder": {
      const [min, max] = last === "salience" ? [1, 5] : [0, 999];
      const field = fieldName(t, path) ?? "";
      return issue.code === "invalid_format" ? t("wholeNumber", { field, min, max }) : t("range", { field, min, max });
    }
  }
  return null;
}

/** The message for a zod issue, its Korean particles fitted to the field's name ("요약은", "근거 제목이"). */
function message(t: T, issue: Issue): string {
  return josa(messageOf(t, issue));
}

function messageOf(t: T, issue: Issue): string {
  const path = issue.path.filter((s): s is string | number => typeof s !== "symbol");
  const rule = fieldRule(t, path, issue);
  if (rule) return rule;
  const field = fieldName(t, path);
  if (field) {
    if (issue.code === "too_small") return t("required", { field });
    if (issue.code === "too_big") return t("tooLong", { field, max: Number(issue.maximum) });
    if (issue.code === "invalid_type") return t("text", { field });
  }
  return issue.message;
}

/** One zod issue as the forms would say it (the import's row errors use this for the values its schema refused). */
export async function issueText(): Promise<(issue: Issue) => string> {
  const t = await getTranslations("AdminValidation");
  return (issue) => message(t, issue);
}

/** Every message per field name as the form writes it (`evidence[0].url`), in the request's language. */
export async function localizedFieldErrors(error: z.ZodError): Promise<FieldErrors> {
  const t = await getTranslations("AdminValidation");
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? formatPath(issue.path.map((s) => (typeof s === "symbol" ? String(s) : s))) : "_form";
    (out[key] ??= []).push(message(t, issue));
  }
  return out;
}
