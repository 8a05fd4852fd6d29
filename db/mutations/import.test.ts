import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../tests/db";
import type { Db } from "../connection";
import { LONG_HEADER } from "../../lib/export/spreadsheet";
import { readSpreadsheet, type SheetRow } from "../../lib/import/read";
import { applyImport, planImport } from "./import";
import { stanceSnapshot } from "./stances";

let db: Db;
let cleanup: () => void;
let editor: { id: number; username: string };

beforeAll(() => {
  ({ db, cleanup } = createTestDb());
  const now = new Date().toISOString();
  const id = Number(db.$client.prepare("insert into users (username, password_hash, role, created_at, updated_at) values ('imp', 'x', 'editor', ?, ?)").run(now, now).lastInsertRowid);
  editor = { id, username: "imp" };
});
afterAll(() => cleanup());

/** The long-format rows of one stance as the export writes them. */
function rowsOf(actor: string, issue: string, validFrom: string, startRow: number, over: Record<string, string> = {}): SheetRow[] {
  const s = db.$client
    .prepare(
      `select s.id from stances s join actors a on a.id = s.actor_id join issues i on i.id = s.issue_id
       where a.code = ? and i.slug = ? and s.valid_from = ? and s.counterpart_id is null`,
    )
    .get(actor, issue, validFrom) as { id: number };
  const snap = stanceSnapshot(db.$client, s.id)!;
  const base = {
    actor, issue, counterpart: "", valid_from: validFrom, position: snap.position === null ? "" : String(snap.position), salience: String(snap.salience),
    confidence: snap.confidence, summary: snap.summary, note: snap.note ?? "", unsourced: snap.evidence.length ? "no" : "yes", ...over,
  };
  const items = snap.evidence.length ? snap.evidence : [null];
  return items.map((e, i) => ({
    row: startRow + i,
    cells: Object.assign(Object.create(null), {
      ...base,
      evidence_no: e ? String(i + 1) : "",
      evidence_title: e?.title ?? "",
      evidence_publisher: e?.publisher ?? "",
      evidence_date: e?.publishedOn ?? "",
      evidence_url: e?.url ?? "",
      evidence_paraphrase: e?.paraphrase ?? "",
      evidence_quote: e?.quote ?? "",
      evidence_note: e?.note ?? "",
    }),
  }));
}

const latest = (actor: string, issue: string) =>
  (db.$client
    .prepare(
      `select s.valid_from as v from stances s join actors a on a.id = s.actor_id join issues i on i.id = s.issue_id
       where a.code = ? and i.slug = ? and s.counterpart_id is null and exists (select 1 from evidence e where e.stance_id = s.id)
       order by s.valid_from desc limit 1`,
    )
    .get(actor, issue) as { v: string }).v;

describe("spreadsheet import", () => {
  it("the dry run finds exactly what changed: unchanged rows, a correction, a new stance; it writes nothing", () => {
    const audits = db.$client.prepare("select count(*) as n from audit_log").get();
    const a = latest("USA", "complete-denuclearization");
    const b = latest("DPRK", "joint-exercises");
    const unchanged = rowsOf("USA", "complete-denuclearization", a, 2);
    const corrected = rowsOf("DPRK", "joint-exercises", b, 10, { summary: "Corrected by import" });
    const created = rowsOf("DPRK", "joint-exercises", b, 20, { valid_from: "2035-01-01", summary: "New by import", position: "1" });
    const plan = planImport([...unchanged, ...corrected, ...created]);
    expect(plan.errors).toEqual([]);
    expect(plan.counts).toEqual({ create: 1, correct: 1, unchanged: 1 });
    expect(plan.items.find((i) => i.action === "correct")!.changes.map((c) => c.field)).toEqual(["summary"]);
    expect(db.$client.prepare("select count(*) as n from audit_log").get()).toEqual(audits);
  });

  it("every row error names its row and column; a file with a bad row imports nothing", () => {
    const b = latest("DPRK", "joint-exercises");
    const good = rowsOf("DPRK", "joint-exercises", b, 2, { summary: "Would be corrected" });
    const bad = rowsOf("CHN", "security-order", latest("CHN", "security-order"), 30, { position: "7", confidence: "sure" });
    bad[0].cells.evidence_url = "javascript:alert(1)";
    const unknown: SheetRow = { row: 40, cells: Object.assign(Object.create(null), { actor: "XXX", issue: "sequencing", valid_from: "2035-01-01", summary: "s" }) };
    // A date in the right shape that no calendar has.
    const impossible = rowsOf("DPRK", "joint-exercises", b, 50, { valid_from: "2035-13-01", summary: "Never" });
    const plan = planImport([...good, ...bad, unknown, ...impossible]);
    const cols = plan.errors.map((e) => `${e.row}:${e.column}`);
    expect(cols).toEqual(expect.arrayContaining(["30:position", "30:confidence", "30:evidence_url", "40:actor", "50:valid_from"]));
    expect(plan.errors.find((e) => e.row === 50)?.problem).toEqual({ key: "rowValidFrom" });
    // Each error is a code (said in the reader's language by the page, in English by the CLI), or the refused value's zod issue.
    expect(plan.errors.find((e) => e.row === 40)?.problem).toEqual({ key: "rowUnknownActor", values: { code: "XXX" } });
    expect(plan.errors.find((e) => e.column === "evidence_url")?.problem).toMatchObject({ key: "invalidValue", issue: { path: ["evidence", 0, "url"] } });
    const before = db.$client.prepare("select count(*) as n from audit_log").get();
    const r = applyImport([...good, ...bad], editor);
    expect(r).toMatchObject({ status: "invalid", message: { key: "importRowErrors", values: { count: 3 } } });
    expect(db.$client.prepare("select count(*) as n from audit_log").get()).toEqual(before);
    expect(db.$client.prepare("select count(*) as n from stances where summary = 'Would be corrected'").get()).toEqual({ n: 0 });
  });

  it("applies in one transaction with one audit row per change, all tagged with the batch id", () => {
    const b = latest("DPRK", "joint-exercises");
    const rows = [...rowsOf("DPRK", "joint-exercises", b, 2, { summary: "Corrected by import" }), ...rowsOf("DPRK", "joint-exercises", b, 20, { valid_from: "2035-01-01", summary: "New by import", position: "1" })];
    const r = applyImport(rows, editor);
    expect(r).toMatchObject({ status: "ok", created: 1, corrected: 1, drafts: false });
    if (r.status !== "ok") return;
    const tagged = db.$client.prepare("select count(*) as n from audit_log where import_batch = ?").get(r.batch);
    expect(tagged).toEqual({ n: 2 });
    // Importing the same file again changes nothing.
    expect(planImport(rows).counts).toEqual({ create: 0, correct: 0, unchanged: 2 });
    // As drafts: nothing public, the drafts carry the batch.
    const again = rowsOf("DPRK", "joint-exercises", b, 2, { summary: "Drafted by import" });
    const d = applyImport(again, editor, { asDrafts: true });
    expect(d).toMatchObject({ status: "ok", corrected: 1, drafts: true });
    expect(db.$client.prepare("select count(*) as n from stances where summary = 'Drafted by import'").get()).toEqual({ n: 0 });
    if (d.status === "ok") expect(db.$client.prepare("select count(*) as n from drafts where import_batch = ?").get(d.batch)).toEqual({ n: 1 });
  });
});

describe("reading files", () => {
  it("CSV: byte-order mark, the export's apostrophe protection taken off, unknown and __proto__ columns ignored", async () => {
    const csv = "\uFEFFactor,issue,valid_from,summary,__proto__,extra\r\nROK,sequencing,2035-01-01,\"'=SUM(A1)\",x,y\r\n";
    const r = await readSpreadsheet(new TextEncoder().encode(csv));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.ignoredColumns).toEqual(["__proto__", "extra"]);
    expect(r.rows[0].row).toBe(2);
    expect({ ...r.rows[0].cells }).toEqual({ actor: "ROK", issue: "sequencing", valid_from: "2035-01-01", summary: "=SUM(A1)" });
    expect(Object.getPrototypeOf(r.rows[0].cells)).toBeNull();
  });

  it("xlsx: formulas read as their stored value, never evaluated; hyperlinks as their text; limits enforced", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Stances");
    ws.addRow([...LONG_HEADER]);
    const row = ws.addRow(LONG_HEADER.map(() => null));
    row.getCell(LONG_HEADER.indexOf("actor") + 1).value = "ROK";
    row.getCell(LONG_HEADER.indexOf("issue") + 1).value = "sequencing";
    row.getCell(LONG_HEADER.indexOf("valid_from") + 1).value = "2035-01-01";
    row.getCell(LONG_HEADER.indexOf("salience") + 1).value = { formula: "1+1", result: 4 };
    row.getCell(LONG_HEADER.indexOf("summary") + 1).value = { formula: 'WEBSERVICE("http://evil.example")' };
    row.getCell(LONG_HEADER.indexOf("evidence_url") + 1).value = { text: "https://example.org/a", hyperlink: "https://example.org/a" };
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await readSpreadsheet(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows[0].cells.salience).toBe("4");
    expect(r.rows[0].cells.summary).toBe("");
    expect(r.rows[0].cells.evidence_url).toBe("https://example.org/a");
    expect(await readSpreadsheet(new Uint8Array(2_000_001))).toEqual({ ok: false, error: { key: "fileTooLarge", values: { size: "2.0", max: 2 } } });
    expect(await readSpreadsheet(new TextEncoder().encode("a,b\n1,2\n"))).toEqual({ ok: false, error: { key: "noHeader" } });
    expect(await readSpreadsheet(new Uint8Array(0))).toEqual({ ok: false, error: { key: "fileEmpty" } });
  });
});
