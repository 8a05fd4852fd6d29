/**
 * What the admin area's mutations and the spreadsheet import say, as codes with their values: the server actions
 * and pages turn them into text in the request's language (catalogue namespace "AdminMessages", through
 * app/[locale]/(site)/admin/_lib/messages.ts), the CLI import in English from the same catalogue. Values are data
 * (codes, names, titles as stored) or other codes; `entity` names what a message is about, `date` is YYYY-MM-DD.
 * Pure: types and one renderer over a translator.
 */
import { josa } from "../i18n/josa";

/** What a message can be about; the catalogue names each in its language ("entity.actor", …). */
export type MessageEntity = "actor" | "issue" | "event" | "stance" | "user" | "draft" | "auditEntry";

/** A stance's series and start, as the messages about stances name it. */
type Series = { actor: string; issue: string; counterpart: string; date: string };

export type AdminMessage =
  // Saved (the `ok` results)
  | { key: "actorAdded"; values: { name: string; code: string } }
  | { key: "actorSaved"; values: { name: string } }
  | { key: "issueAdded"; values: { title: string } }
  | { key: "issueSaved"; values: { title: string } }
  | { key: "eventAdded"; values: { title: string } }
  | { key: "eventSaved"; values: { title: string } }
  | { key: "userAdded"; values: { role: "admin" | "editor"; username: string } }
  | { key: "userDisabled"; values: { username: string } }
  | { key: "userEnabled"; values: { username: string } }
  | { key: "passwordSaved" }
  | { key: "settingSame" }
  | { key: "settingOn" }
  | { key: "settingOff" }
  | { key: "draftSaved" }
  | { key: "draftApproved"; values: { id: number } }
  | { key: "draftSentBack"; values: { author: string } }
  | { key: "draftWithdrawn" }
  | { key: "stanceCorrected"; values: Series }
  | { key: "stanceRecordedNew"; values: Series }
  | { key: "stanceRecorded"; values: Series }
  | { key: "revertedRemoved"; values: { id: number; entity: MessageEntity } }
  | { key: "revertedRestored"; values: { id: number; entity: MessageEntity } }
  // Refused (field errors of `invalid` results)
  | { key: "duplicateCode"; values: { code: string } }
  | { key: "duplicateSlug"; values: { slug: string } }
  | { key: "unknownActors"; values: { codes: string } }
  | { key: "usernameTaken" }
  | { key: "disableSelf" }
  | { key: "lastAdmin" }
  | { key: "sameDay" }
  | { key: "notAfter"; values: { date: string } }
  | { key: "ownCounterpart" }
  | { key: "notDirected" }
  | { key: "unknownSeries" }
  | { key: "notRevertible" }
  | { key: "draftWasApproved" }
  | { key: "draftWasSentBack" }
  | { key: "draftWasWithdrawn" }
  | { key: "approveOwnDraft" }
  | { key: "sendBackOwnDraft" }
  | { key: "withdrawOthersDraft" }
  // Conflicts and things gone
  | { key: "savedSince"; values: { entity: MessageEntity } }
  | { key: "accountChanged" }
  | { key: "gone"; values: { entity: MessageEntity } }
  | { key: "baseGone" }
  | { key: "revertGone"; values: { entity: MessageEntity } }
  | { key: "revertMoved"; values: { entity: MessageEntity; now: number; then: number } }
  | { key: "actorHasStances" }
  | { key: "actorInEvents"; values: { count: number } }
  | { key: "issueHasStances" }
  // The spreadsheet import: reading the file
  | { key: "fileEmpty" }
  | { key: "fileTooLarge"; values: { size: string; max: number } }
  | { key: "tooManyRows"; values: { max: number } }
  | { key: "badWorkbook" }
  | { key: "noSheet" }
  | { key: "noRows" }
  | { key: "noHeader" }
  // The import: row errors and applying
  | { key: "rowUnknownActor"; values: { code: string } }
  | { key: "rowNoActor" }
  | { key: "rowUnknownIssue"; values: { slug: string } }
  | { key: "rowNoIssue" }
  | { key: "rowUnknownCounterpart"; values: { code: string } }
  | { key: "rowDiffers"; values: { row: number } }
  | { key: "rowValidFrom" }
  | { key: "importRowErrors"; values: { count: number } }
  | { key: "importNotApplied"; values: { rows: string } & Series }
  | { key: "changedSinceDryRun" };

export type AdminMessageKey = AdminMessage["key"];

/** The catalogue's names of entities and roles, put in place of the `entity` and `role` values. */
const NAME_KEYS = {
  actor: "entity.actor",
  issue: "entity.issue",
  event: "entity.event",
  stance: "entity.stance",
  user: "entity.user",
  draft: "entity.draft",
  auditEntry: "entity.auditEntry",
  admin: "role.admin",
  editor: "role.editor",
} as const;

/** A translator for the "AdminMessages" namespace (next-intl's `getTranslations` or `createTranslator`). */
export type MessageTranslator = (key: AdminMessageKey | (typeof NAME_KEYS)[keyof typeof NAME_KEYS], values?: Record<string, string | number>) => string;

/**
 * The text of a message. `date` values are formatted by `formatDate` in the translator's language; `entity` and
 * `role` are named in it; a series without counterpart passes `counterpart: ""` (the catalogue's select leaves
 * "toward …" out).
 */
export function messageText(t: MessageTranslator, m: AdminMessage, formatDate: (iso: string) => string): string {
  if (!("values" in m)) return t(m.key);
  const values: Record<string, string | number> = { ...m.values };
  if (typeof values.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(values.date)) values.date = formatDate(values.date);
  if ("counterpart" in values && values.counterpart === "") values.counterpart = "none";
  for (const k of ["entity", "role"] as const) {
    const v = values[k];
    if (typeof v === "string" && Object.hasOwn(NAME_KEYS, v)) values[k] = t(NAME_KEYS[v as keyof typeof NAME_KEYS]);
  }
  return josa(t(m.key, values));
}

/** A stance's series as message values (no counterpart: ""). */
export function seriesValues(s: { actor: string; issue: string; counterpart: string | null }, date: string): Series {
  return { actor: s.actor, issue: s.issue, counterpart: s.counterpart ?? "", date };
}
