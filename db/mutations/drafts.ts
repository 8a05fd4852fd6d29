import "server-only";
/**
 * Review before publication. A draft holds a validated change (a new or corrected stance, the first stance of a
 * series, a new or changed event) that is not public. Another account approves it, which applies it through the
 * same mutation as a direct save, version check included, and writes one audit row naming the author (its user)
 * and the reviewer; or sends it back with a comment. Authors may withdraw their own pending drafts.
 */
import type Database from "better-sqlite3";
import type { EventInput, StanceInput } from "../../lib/admin/schemas";
import { getDb } from "../client";
import { createEvent, updateEvent } from "./events";
import { writeAudit } from "./log";
import { correctStance, createStance, recordNewStance, stanceSnapshot } from "./stances";
import { notFound, refusedOn, type Editor, type MutationResult } from "./types";

export type DraftKind = "stance-new" | "stance-correct" | "stance-create" | "event-create" | "event-update";
export type StanceSeries = { actor: string; issue: string; counterpart: string | null };

/** What a draft carries, by kind. */
export type DraftPayload =
  | { kind: "stance-new" | "stance-correct"; targetId: number; input: StanceInput }
  | { kind: "stance-create"; series: StanceSeries; input: StanceInput }
  | { kind: "event-create"; input: EventInput }
  | { kind: "event-update"; targetId: number; input: EventInput };

export type DraftRow = {
  id: number;
  kind: DraftKind;
  targetId: number | null;
  baseVersion: number | null;
  payload: string;
  summary: string;
  status: "pending" | "approved" | "sent-back" | "withdrawn";
  authorId: number | null;
  authorUsername: string;
  reviewerId: number | null;
  reviewerUsername: string | null;
  reviewComment: string | null;
  importBatch: string | null;
  createdAt: string;
  decidedAt: string | null;
};

const REVIEW_KEY = "review_required";

/** Whether changes must go through review (an admin's setting; off by default, for a one-person deployment). */
export function reviewRequired(db: Database.Database = getDb().$client): boolean {
  const row = db.prepare("select value from settings where key = ?").get(REVIEW_KEY) as { value: string } | undefined;
  return row?.value === "1";
}

export function setReviewRequired(required: boolean, admin: Editor, now = new Date().toISOString()): MutationResult {
  const db = getDb().$client;
  return db
    .transaction((): MutationResult => {
      const before = reviewRequired(db);
      if (before === required) return { status: "ok", id: 0, message: { key: "settingSame" } };
      db.prepare("insert into settings (key, value, updated_at) values (?, ?, ?) on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at").run(
        REVIEW_KEY,
        required ? "1" : "0",
        now,
      );
      writeAudit(
        db,
        admin,
        {
          action: "update",
          entityType: "setting",
          entityId: 0,
          before: { reviewRequired: before },
          after: { reviewRequired: required },
          summary: required ? "Changes now need review by a second account" : "Editors may publish changes directly",
        },
        now,
      );
      return { status: "ok", id: 0, message: { key: required ? "settingOn" : "settingOff" } };
    })
    .immediate();
}

function baseVersionOf(p: DraftPayload): number | null {
  return p.kind === "stance-new" || p.kind === "stance-correct" || p.kind === "event-update" ? p.input.version : null;
}

/** Saves a proposed change as a pending draft. `importBatch` ties the drafts of one spreadsheet import together. */
export function createDraft(payload: DraftPayload, summary: string, author: Editor, importBatch: string | null = null, now = new Date().toISOString()): MutationResult {
  const db = getDb().$client;
  const id = Number(
    db
      .prepare(
        `insert into drafts (kind, target_id, base_version, payload, summary, status, author_id, author_username, import_batch, created_at)
         values (?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?)`,
      )
      .run(payload.kind, "targetId" in payload ? payload.targetId : null, baseVersionOf(payload), JSON.stringify(payload), summary, author.id, author.username, importBatch, now)
      .lastInsertRowid,
  );
  return { status: "ok", id, message: { key: "draftSaved" } };
}

export function getDraft(id: number, db: Database.Database = getDb().$client): DraftRow | null {
  return (
    (db
      .prepare(
        `select id, kind, target_id as targetId, base_version as baseVersion, payload, summary, status, author_id as authorId,
                author_username as authorUsername, reviewer_id as reviewerId, reviewer_username as reviewerUsername,
                review_comment as reviewComment, import_batch as importBatch, created_at as createdAt, decided_at as decidedAt
         from drafts where id = ?`,
      )
      .get(id) as DraftRow | undefined) ?? null
  );
}

/** What a draft proposes, in few words: a stance's series and start, or an event's title and date. */
export type DraftSubject =
  | { kind: "stance"; actor: string; issue: string; counterpart: string | null; validFrom: string }
  | { kind: "event"; title: string; titleKo: string | null; date: string };

/**
 * The subjects of some drafts, read from their payloads (a stance draft on an existing stance names that stance's
 * series; a correction keeps its start date). A draft whose stance is gone has no subject.
 */
export function draftSubjects(ids: number[], db: Database.Database = getDb().$client): Map<number, DraftSubject> {
  const out = new Map<number, DraftSubject>();
  const read = db.prepare("select payload from drafts where id = ?");
  for (const id of ids) {
    const row = read.get(id) as { payload: string } | undefined;
    if (!row) continue;
    const p = JSON.parse(row.payload) as DraftPayload;
    if (p.kind === "event-create" || p.kind === "event-update") {
      out.set(id, { kind: "event", title: p.input.title, titleKo: p.input.titleKo ?? null, date: p.input.date });
    } else if (p.kind === "stance-create") {
      out.set(id, { kind: "stance", ...p.series, validFrom: p.input.validFrom });
    } else {
      const s = stanceSnapshot(db, p.targetId);
      if (s) out.set(id, { kind: "stance", actor: s.actor, issue: s.issue, counterpart: s.counterpart, validFrom: p.kind === "stance-new" ? p.input.validFrom : s.validFrom });
    }
  }
  return out;
}

export function listDrafts(status: DraftRow["status"][], limit = 200): DraftRow[] {
  const db = getDb().$client;
  return db
    .prepare(
      `select id, kind, target_id as targetId, base_version as baseVersion, payload, summary, status, author_id as authorId,
              author_username as authorUsername, reviewer_id as reviewerId, reviewer_username as reviewerUsername,
              review_comment as reviewComment, import_batch as importBatch, created_at as createdAt, decided_at as decidedAt
       from drafts where status in (${status.map(() => "?").join(", ")}) order by created_at desc, id desc limit ?`,
    )
    .all(...status, limit) as DraftRow[];
}

function decided(db: Database.Database, id: number, status: DraftRow["status"], reviewer: Editor | null, comment: string | null, now: string) {
  db.prepare("update drafts set status = ?, reviewer_id = ?, reviewer_username = ?, review_comment = ?, decided_at = ? where id = ?").run(
    status,
    reviewer?.id ?? null,
    reviewer?.username ?? null,
    comment,
    now,
    id,
  );
}

function pendingDraft(db: Database.Database, id: number): DraftRow | MutationResult {
  const d = getDraft(id, db);
  if (!d) return notFound("draft");
  if (d.status !== "pending") {
    return refusedOn("_form", { key: d.status === "sent-back" ? "draftWasSentBack" : d.status === "approved" ? "draftWasApproved" : "draftWasWithdrawn" });
  }
  return d;
}

/**
 * Publishes a draft: applies it with the author as the one who coded it and `reviewer` as the one who approved
 * it, in one transaction with the draft's status. Refused for the author's own draft; a conflict (the public
 * version moved on since the draft was made) writes nothing and returns the current values.
 */
export function approveDraft(id: number, reviewer: Editor, now = new Date().toISOString()): MutationResult {
  const db = getDb().$client;
  return db
    .transaction((): MutationResult => {
      const draft = pendingDraft(db, id);
      if (!("kind" in draft)) return draft;
      if (draft.authorId === reviewer.id)
        return refusedOn("_form", { key: "approveOwnDraft" });
      const author: Editor = { id: draft.authorId ?? reviewer.id, username: draft.authorUsername, reviewer: { id: reviewer.id, username: reviewer.username } };
      const p = JSON.parse(draft.payload) as DraftPayload;
      let r: MutationResult;
      switch (p.kind) {
        case "stance-new":
          r = recordNewStance(p.targetId, p.input, author, now);
          break;
        case "stance-correct":
          r = correctStance(p.targetId, p.input, author, now);
          break;
        case "stance-create":
          r = createStance(p.series, p.input, author, now);
          break;
        case "event-create":
          r = createEvent(p.input, author, now);
          break;
        case "event-update":
          r = updateEvent(p.targetId, p.input, author, now);
          break;
      }
      if (r.status !== "ok") return r;
      if (p.kind.startsWith("stance")) db.prepare("update stances set reviewed_at = ?, reviewed_by = ? where id = ?").run(now, reviewer.id, r.id);
      decided(db, id, "approved", reviewer, null, now);
      return { ...r, message: { key: "draftApproved", values: { id } } };
    })
    .immediate();
}

/** Returns a draft to its author with a comment; nothing becomes public. The author cannot send back their own. */
export function sendBackDraft(id: number, reviewer: Editor, comment: string, now = new Date().toISOString()): MutationResult {
  const db = getDb().$client;
  return db
    .transaction((): MutationResult => {
      const d = pendingDraft(db, id);
      if (!("kind" in d)) return d;
      if (d.authorId === reviewer.id) return refusedOn("_form", { key: "sendBackOwnDraft" });
      decided(db, id, "sent-back", reviewer, comment, now);
      return { status: "ok", id, message: { key: "draftSentBack", values: { author: d.authorUsername } } };
    })
    .immediate();
}

/** The author takes a pending draft back. */
export function withdrawDraft(id: number, author: Editor, now = new Date().toISOString()): MutationResult {
  const db = getDb().$client;
  return db
    .transaction((): MutationResult => {
      const d = pendingDraft(db, id);
      if (!("kind" in d)) return d;
      if (d.authorId !== author.id) return refusedOn("_form", { key: "withdrawOthersDraft" });
      decided(db, id, "withdrawn", null, null, now);
      return { status: "ok", id, message: { key: "draftWithdrawn" } };
    })
    .immediate();
}
