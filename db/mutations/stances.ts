import "server-only";
/**
 * Editing stances. Two different acts: recording a new dated stance (the old one stays in history) and
 * correcting a stance in place (a fix of a mistake). Each runs as one immediate transaction that checks the
 * version the form was loaded at, applies the change and writes its audit row.
 */
import type Database from "better-sqlite3";
import type { EvidenceInput, StanceInput } from "../../lib/admin/schemas";
import { seriesValues } from "../../lib/admin/messages";
import { formatDate } from "../../lib/dates";
import { getDb } from "../client";
import { writeAudit } from "./log";
import { notFound, refusedOn, type AdminMessage, type Editor, type MutationResult, type Snapshot } from "./types";

export type StanceSnapshot = Snapshot & {
  actor: string;
  issue: string;
  counterpart: string | null;
  validFrom: string;
  validUntil: string | null;
  position: number | null;
  salience: number;
  confidence: "low" | "medium" | "high";
  summary: string;
  summaryKo: string | null;
  /** The coder's note (why unsourced, what is inferred); part of the audit diff. */
  note: string | null;
  noteKo: string | null;
  evidence: (EvidenceInput & { sourceKey: string | null })[];
};

type StanceRow = Omit<StanceSnapshot, "evidence"> & { actorId: number; issueId: number; counterpartId: number | null };

function stanceRow(db: Database.Database, id: number): StanceRow | undefined {
  return db
    .prepare(
      `select s.actor_id as actorId, s.issue_id as issueId, s.counterpart_id as counterpartId, a.code as actor, i.slug as issue,
              c.code as counterpart, s.valid_from as validFrom, s.valid_until as validUntil, s.position, s.salience,
              s.confidence, s.summary, s.summary_ko as summaryKo, s.note, s.note_ko as noteKo, s.version
       from stances s join actors a on a.id = s.actor_id join issues i on i.id = s.issue_id
       left join actors c on c.id = s.counterpart_id where s.id = ?`,
    )
    .get(id) as StanceRow | undefined;
}

export function stanceSnapshot(db: Database.Database, id: number): StanceSnapshot | null {
  const row = stanceRow(db, id);
  if (!row) return null;
  const evidence = db
    .prepare(
      `select title, publisher, published_on as publishedOn, url, paraphrase, paraphrase_ko as paraphraseKo, quote, note,
              note_ko as noteKo, source_key as sourceKey
       from evidence where stance_id = ? order by sort_order, id`,
    )
    .all(id) as StanceSnapshot["evidence"];
  const { actor, issue, counterpart, validFrom, validUntil, position, salience, confidence, summary, summaryKo, note, noteKo, version } = row;
  return { actor, issue, counterpart, validFrom, validUntil, position, salience, confidence, summary, summaryKo, note, noteKo, version, evidence };
}

function writeEvidence(db: Database.Database, stanceId: number, items: StanceInput["evidence"] | StanceSnapshot["evidence"]): void {
  db.prepare("delete from evidence where stance_id = ?").run(stanceId);
  const insert = db.prepare(
    `insert into evidence (stance_id, sort_order, source_key, title, publisher, published_on, url, paraphrase, paraphrase_ko, quote,
                           note, note_ko)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  items.forEach((e, i) =>
    insert.run(
      stanceId, i, e.sourceKey ?? null, e.title, e.publisher, e.publishedOn, e.url, e.paraphrase, e.paraphraseKo ?? null, e.quote, e.note,
      e.noteKo ?? null,
    ),
  );
}

/** Restores the editable fields of a snapshot (used by corrections and by reverts); bumps the version. */
export function applyStanceSnapshot(db: Database.Database, id: number, s: Snapshot, editor: Editor, now: string): void {
  const v = s as StanceSnapshot;
  db.prepare(
    `update stances set position = ?, salience = ?, confidence = ?, summary = ?, summary_ko = ?, note = ?, note_ko = ?, valid_until = ?,
            version = version + 1, updated_at = ?, updated_by = ? where id = ?`,
  ).run(v.position, v.salience, v.confidence, v.summary, v.summaryKo ?? null, v.note ?? null, v.noteKo ?? null, v.validUntil, now, editor.id, id);
  writeEvidence(db, id, v.evidence);
}

export function deleteStance(db: Database.Database, id: number): AdminMessage | null {
  db.prepare("delete from stances where id = ?").run(id);
  return null;
}

function describe(s: StanceSnapshot): string {
  return `${s.actor}${s.counterpart ? ` toward ${s.counterpart}` : ""} on ${s.issue}`;
}

/** One `BEGIN IMMEDIATE` transaction on the app's database: the write lock is taken before the version is read. */
function immediate(change: (db: Database.Database) => MutationResult): MutationResult {
  const db = getDb().$client;
  return db.transaction(() => change(db)).immediate();
}

/** The version check: the form was loaded at `input.version`; anything else means someone saved in between. */
function staleVersion(db: Database.Database, id: number, version: number, input: StanceInput, current?: StanceSnapshot): MutationResult | null {
  if (version === input.version) return null;
  return { status: "conflict", message: { key: "savedSince", values: { entity: "stance" } }, current: current ?? stanceSnapshot(db, id) };
}

type SeriesIds = { actorId: number; issueId: number; counterpartId: number | null };

/**
 * Adds a dated stance to a series, with its evidence and its audit row: the one path of "record a new stance"
 * and "create a stance". Refused when the series already has a stance starting that day.
 */
function insertStance(db: Database.Database, series: SeriesIds, input: StanceInput, editor: Editor, now: string, key: "stanceRecorded" | "stanceRecordedNew"): MutationResult {
  const clash = db
    .prepare("select id from stances where actor_id = ? and issue_id = ? and coalesce(counterpart_id, 0) = ? and valid_from = ?")
    .get(series.actorId, series.issueId, series.counterpartId ?? 0, input.validFrom);
  if (clash)
    return refusedOn("validFrom", { key: "sameDay" });
  const id = Number(
    db
      .prepare(
        `insert into stances (actor_id, issue_id, counterpart_id, position, salience, confidence, summary, summary_ko, note, note_ko,
                              valid_from, version, created_by, updated_by, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)`,
      )
      .run(
        series.actorId, series.issueId, series.counterpartId, input.position, input.salience, input.confidence, input.summary,
        input.summaryKo ?? null, input.note, input.noteKo ?? null, input.validFrom, editor.id, editor.id, now, now,
      )
      .lastInsertRowid,
  );
  writeEvidence(db, id, input.evidence);
  const after = stanceSnapshot(db, id)!;
  const what = `${describe(after)} from ${formatDate(after.validFrom)}`;
  writeAudit(db, editor, { action: "create", entityType: "stance", entityId: id, before: null, after, summary: `Recorded a new stance of ${what}` }, now);
  return { status: "ok", id, message: { key, values: seriesValues(after, after.validFrom) } };
}

/** Correct this stance in place: same dates, new values, version + 1, audited. */
export function correctStance(id: number, input: StanceInput, editor: Editor, now = new Date().toISOString()): MutationResult {
  return immediate((db) => {
    const before = stanceSnapshot(db, id);
    if (!before) return notFound("stance");
    const stale = staleVersion(db, id, before.version, input, before);
    if (stale) return stale;
    applyStanceSnapshot(db, id, { ...before, ...input, validUntil: before.validUntil, version: before.version } as StanceSnapshot, editor, now);
    const after = stanceSnapshot(db, id)!;
    const what = `${describe(before)} from ${formatDate(before.validFrom)}`;
    writeAudit(db, editor, { action: "update", entityType: "stance", entityId: id, before, after, summary: `Corrected the stance of ${what}` }, now);
    return { status: "ok", id, message: { key: "stanceCorrected", values: seriesValues(before, before.validFrom) } };
  });
}

/**
 * Record a new stance of the same series from `input.validFrom`: a new row, so the stance being edited stays in
 * the history. Refused when the stance being edited changed since it was loaded (the form may show stale
 * values), when the date is not after it, or when the series already has a stance starting that day.
 */
export function recordNewStance(baseId: number, input: StanceInput, editor: Editor, now = new Date().toISOString()): MutationResult {
  return immediate((db) => {
    const base = stanceRow(db, baseId);
    if (!base) return { status: "not-found", message: { key: "baseGone" } };
    const stale = staleVersion(db, baseId, base.version, input);
    if (stale) return stale;
    if (input.validFrom <= base.validFrom)
      return refusedOn("validFrom", { key: "notAfter", values: { date: base.validFrom } });
    return insertStance(db, base, input, editor, now, "stanceRecordedNew");
  });
}

/**
 * The first stance of a series (e.g. for a new actor or issue), or another dated stance of a series picked by
 * actor, issue and counterpart. Refused when the series already has a stance starting that day.
 */
export function createStance(
  series: { actor: string; issue: string; counterpart: string | null },
  input: StanceInput,
  editor: Editor,
  now = new Date().toISOString(),
): MutationResult {
  return immediate((db) => {
    const id = (sql: string, v: string) => (db.prepare(sql).get(v) as { id: number } | undefined)?.id;
    const actorId = id("select id from actors where code = ?", series.actor);
    const issueId = id("select id from issues where slug = ?", series.issue);
    const counterpartId = series.counterpart ? id("select id from actors where code = ?", series.counterpart) : null;
    if (!actorId || !issueId || counterpartId === undefined)
      return refusedOn("_form", { key: "unknownSeries" });
    if (counterpartId === actorId) return refusedOn("counterpart", { key: "ownCounterpart" });
    // Only an issue with directed series (summit diplomacy: the DPRK toward each counterpart) takes a counterpart;
    // on an issue with stances and none directed, a counterpart is refused. A new issue's first stance decides.
    if (counterpartId !== null) {
      const kinds = db
        .prepare("select count(*) as stances, count(counterpart_id) as directed from stances where issue_id = ?")
        .get(issueId) as { stances: number; directed: number };
      if (kinds.stances > 0 && kinds.directed === 0)
        return refusedOn("counterpart", { key: "notDirected" });
    }
    return insertStance(db, { actorId, issueId, counterpartId }, input, editor, now, "stanceRecorded");
  });
}
