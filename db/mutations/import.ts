import "server-only";
/**
 * Spreadsheet import of stances in the long format (one row per stance and evidence item). The dry run groups
 * the rows by stance (actor, issue, counterpart, valid_from), validates each with the form's zod schema and
 * compares it with the database: a stance that does not exist yet is created, one whose values differ is
 * corrected, the rest are left unchanged. Every error names its row and column. Applying writes everything in
 * one transaction (drafts when review is required or asked for), one audit row per change, all tagged with the
 * import's batch id; a failure anywhere writes nothing.
 */
import { randomBytes } from "node:crypto";
import { stanceInput } from "../../lib/admin/schemas";
import { diffSnapshots } from "../../lib/admin/diff";
import type { Column, SheetRow } from "../../lib/import/read";
import type { ImportPlan, PlanItem, RowError, RowProblem } from "../../lib/import/types";
import { seriesValues, type AdminMessage } from "../../lib/admin/messages";
import { isIsoDate } from "../../lib/dates";

export type { ImportPlan, PlanItem, RowError };
import { getDb } from "../client";
import { createDraft, reviewRequired } from "./drafts";
import { correctStance, createStance, stanceSnapshot } from "./stances";
import type { Editor, MutationResult } from "./types";

const EVIDENCE_COLUMN: Record<string, Column> = {
  title: "evidence_title",
  publisher: "evidence_publisher",
  publishedOn: "evidence_date",
  url: "evidence_url",
  paraphrase: "evidence_paraphrase",
  quote: "evidence_quote",
  note: "evidence_note",
};
const STANCE_COLUMN: Record<string, Column> = {
  validFrom: "valid_from",
  position: "position",
  salience: "salience",
  confidence: "confidence",
  summary: "summary",
  note: "note",
  unsourced: "unsourced",
  evidence: "evidence_title",
};

type Group = { key: string; rows: SheetRow[] };

function groupRows(rows: SheetRow[]): Group[] {
  const groups = new Map<string, Group>();
  for (const r of rows) {
    const c = r.cells;
    const key = [c.actor ?? "", c.issue ?? "", c.counterpart ?? "", c.valid_from ?? ""].join("|");
    const g = groups.get(key) ?? { key, rows: [] };
    g.rows.push(r);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** A position cell: a number, or empty / "none" for no stated position (what the form calls "none"). */
function positionValue(text: string | undefined): string {
  const t = (text ?? "").trim();
  if (t === "" || /^(none|no stated position)$/i.test(t)) return "none";
  return t.replace(/^\+/, "");
}

/** The dry run: what the rows would create or correct, and every row error. Reads only. */
export function planImport(rows: SheetRow[]): ImportPlan {
  const db = getDb().$client;
  const actorIds = new Map((db.prepare("select code, id from actors").all() as { code: string; id: number }[]).map((a) => [a.code, a.id]));
  const issueIds = new Map((db.prepare("select slug, id from issues").all() as { slug: string; id: number }[]).map((i) => [i.slug, i.id]));
  const findStance = db.prepare("select id from stances where actor_id = ? and issue_id = ? and coalesce(counterpart_id, 0) = ? and valid_from = ?");
  const items: PlanItem[] = [];
  const errors: RowError[] = [];

  for (const g of groupRows(rows)) {
    const first = g.rows[0];
    const c = first.cells;
    const rowErr = (column: string, problem: RowProblem, row = first.row) => errors.push({ row, column, problem });
    const actorId = actorIds.get(c.actor ?? "");
    const issueId = issueIds.get(c.issue ?? "");
    const counterpartCode = c.counterpart || null;
    const counterpartId = counterpartCode ? actorIds.get(counterpartCode) : null;
    if (!actorId) rowErr("actor", c.actor ? { key: "rowUnknownActor", values: { code: c.actor.slice(0, 20) } } : { key: "rowNoActor" });
    if (!issueId) rowErr("issue", c.issue ? { key: "rowUnknownIssue", values: { slug: c.issue.slice(0, 40) } } : { key: "rowNoIssue" });
    if (counterpartCode && !counterpartId) rowErr("counterpart", { key: "rowUnknownCounterpart", values: { code: counterpartCode.slice(0, 20) } });
    // Rows of one stance must agree on the stance's own columns; the evidence columns differ per row.
    for (const r of g.rows.slice(1))
      for (const col of ["position", "salience", "confidence", "summary", "note"] as const)
        if ((r.cells[col] ?? "") !== (c[col] ?? "")) rowErr(col, { key: "rowDiffers", values: { row: first.row } }, r.row);
    const evidenceRows = g.rows.filter((r) => r.cells.evidence_title || r.cells.evidence_paraphrase || r.cells.evidence_publisher);
    const raw = {
      mode: "correct",
      validFrom: c.valid_from ?? "",
      position: positionValue(c.position),
      salience: c.salience ?? "",
      confidence: (c.confidence ?? "").toLowerCase(),
      summary: c.summary ?? "",
      note: c.note ?? "",
      unsourced: evidenceRows.length === 0 && /^(yes|true|1)$/i.test(c.unsourced ?? ""),
      evidence: evidenceRows.map((r) => ({
        title: r.cells.evidence_title ?? "",
        publisher: r.cells.evidence_publisher ?? "",
        publishedOn: r.cells.evidence_date ?? "",
        url: r.cells.evidence_url ?? "",
        paraphrase: r.cells.evidence_paraphrase ?? "",
        quote: r.cells.evidence_quote ?? "",
        note: r.cells.evidence_note ?? "",
      })),
      version: "1",
    };
    if (!isIsoDate(raw.validFrom)) rowErr("valid_from", { key: "rowValidFrom" });
    const parsed = stanceInput.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [head, index, field] = issue.path;
        if (head === "evidence" && typeof index === "number" && typeof field === "string")
          rowErr(EVIDENCE_COLUMN[field] ?? "evidence", { key: "invalidValue", issue }, evidenceRows[index]?.row ?? first.row);
        else rowErr(STANCE_COLUMN[String(head)] ?? String(head ?? "row"), { key: "invalidValue", issue });
      }
      continue;
    }
    if (!actorId || !issueId || (counterpartCode && !counterpartId)) continue;
    const existing = findStance.get(actorId, issueId, counterpartId ?? 0, raw.validFrom) as { id: number } | undefined;
    const series = { actor: c.actor!, issue: c.issue!, counterpart: counterpartCode };
    const rowsOf = g.rows.map((r) => r.row);
    if (!existing) {
      items.push({ action: "create", rows: rowsOf, series, validFrom: raw.validFrom, changes: diffSnapshots(null, comparable(parsed.data)), targetId: null, input: { ...parsed.data, mode: "new" } });
      continue;
    }
    const current = stanceSnapshot(db, existing.id);
    const changes = diffSnapshots(comparable(current), comparable(parsed.data));
    items.push({
      action: changes.length ? "correct" : "unchanged",
      rows: rowsOf,
      series,
      validFrom: raw.validFrom,
      changes,
      targetId: existing.id,
      input: { ...parsed.data, mode: "correct", version: current!.version },
    });
  }
  const counts = { create: 0, correct: 0, unchanged: 0 };
  for (const i of items) counts[i.action]++;
  return { items, errors: errors.sort((a, b) => a.row - b.row), counts };
}

type Comparable = {
  position: number | null;
  salience: number;
  confidence: string;
  summary: string;
  note?: string | null;
  evidence: readonly { title: string; publisher: string; publishedOn: string; url?: string | null; paraphrase: string; quote?: string | null; note?: string | null }[];
};

/** The fields an import can change, shaped alike for the file (StanceInput) and the database (StanceSnapshot). */
function comparable(s: Comparable | null) {
  if (!s) return null;
  return {
    position: s.position,
    salience: s.salience,
    confidence: s.confidence,
    summary: s.summary,
    note: s.note ?? null,
    evidence: s.evidence.map((e) => ({ title: e.title, publisher: e.publisher, publishedOn: e.publishedOn, url: e.url ?? null, paraphrase: e.paraphrase, quote: e.quote ?? null, note: e.note ?? null })),
  };
}

class ImportAborted extends Error {
  constructor(
    readonly item: PlanItem,
    readonly result: MutationResult,
  ) {
    super("import aborted");
  }
}

export type ApplyResult =
  | { status: "ok"; batch: string; created: number; corrected: number; drafts: boolean }
  | { status: "invalid"; message: AdminMessage; details: AdminMessage[]; plan: ImportPlan };

/**
 * Applies a plan made from `rows` now (the plan is made again inside the transaction, so what is applied is what
 * the database holds at that moment). Any error, in the rows or in a mutation, rolls everything back.
 */
export function applyImport(rows: SheetRow[], editor: Editor, opts: { asDrafts?: boolean } = {}): ApplyResult {
  const db = getDb().$client;
  const batch = `imp-${new Date().toISOString().slice(0, 10)}-${randomBytes(4).toString("hex")}`;
  const drafts = opts.asDrafts === true || reviewRequired(db);
  const who: Editor = { ...editor, importBatch: batch };
  try {
    return db
      .transaction((): ApplyResult => {
        const plan = planImport(rows);
        if (plan.errors.length) return { status: "invalid", message: { key: "importRowErrors", values: { count: plan.errors.length } }, details: [], plan };
        let created = 0;
        let corrected = 0;
        for (const item of plan.items) {
          if (item.action === "unchanged") continue;
          const what = `${item.series.actor} on ${item.series.issue}${item.series.counterpart ? ` toward ${item.series.counterpart}` : ""} from ${item.validFrom}`;
          let r: MutationResult;
          if (drafts)
            r =
              item.action === "create"
                ? createDraft({ kind: "stance-create", series: item.series, input: item.input }, `Import ${batch}: new stance of ${what}`, who, batch)
                : createDraft({ kind: "stance-correct", targetId: item.targetId!, input: item.input }, `Import ${batch}: correction of ${what}`, who, batch);
          else r = item.action === "create" ? createStance(item.series, item.input, who) : correctStance(item.targetId!, item.input, who);
          if (r.status !== "ok") throw new ImportAborted(item, r);
          if (item.action === "create") created++;
          else corrected++;
        }
        return { status: "ok", batch, created, corrected, drafts };
      })
      .immediate();
  } catch (error) {
    if (!(error instanceof ImportAborted)) throw error;
    const r = error.result;
    const details: AdminMessage[] =
      r.status === "invalid" ? Object.values(r.fieldErrors).flat() : r.status === "conflict" ? [r.message, { key: "changedSinceDryRun" }] : r.status === "not-found" ? [r.message] : [];
    const { item } = error;
    return {
      status: "invalid",
      message: { key: "importNotApplied", values: { rows: item.rows.join(", "), ...seriesValues(item.series, item.validFrom) } },
      details,
      plan: { items: [], errors: details.map((problem) => ({ row: item.rows[0], column: "row", problem })), counts: { create: 0, correct: 0, unchanged: 0 } },
    };
  }
}
