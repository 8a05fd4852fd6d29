/**
 * The matrix as files analysts open in Excel: a long-format table (one row per stance and evidence item, the
 * columns a later import can read back) and an .xlsx workbook built with exceljs (a grid of issues x actors, the
 * long table as a second sheet, and a sheet saying what the file is).
 *
 * Formula injection: every text from the data is written as a string cell (exceljs writes a formula only for a
 * `{ formula }` value, never for a string), so "=HYPERLINK(…)" stays text; numbers stay numbers. The CSV goes
 * through lib/csv.ts, which prefixes such text with an apostrophe.
 */
import ExcelJS from "exceljs";
import { formatPosition, scaleLabel } from "../domain";
import { positionFill, positionText } from "../palette";
import type { CsvValue } from "../csv";
import { clusterLabel } from "../domain";
import { groupByCluster, type MatrixData } from "./matrix-svg";

/** The read API's matrix (`/api/v1/matrix`) with what the long format needs. */
export type FullMatrixData = Omit<MatrixData, "cells"> & {
  cells: readonly (Omit<MatrixData["cells"][number], "summary" | "evidence"> & {
    summary: string;
    note: string | null;
    validFrom: string;
    validUntil: string | null;
    evidence: readonly { title: string; publisher: string; date: string; url: string | null; paraphrase: string; quote: string | null; note: string | null }[];
  })[];
};

/** Columns of the long format (CSV and the workbook's "Stances" sheet); see README "Read API". */
export const LONG_HEADER = [
  "as_of", "actor", "actor_name", "issue", "issue_title", "counterpart", "valid_from", "valid_until", "position",
  "position_label", "salience", "confidence", "summary", "note", "unsourced", "evidence_no", "evidence_title",
  "evidence_publisher", "evidence_date", "evidence_url", "evidence_paraphrase", "evidence_quote", "evidence_note",
  "coded_through",
] as const;

/** Columns added at the end with `lang=ko`: the stored Korean texts (empty where not yet translated). */
export const LONG_HEADER_KO = [
  "actor_name_ko", "issue_title_ko", "position_label_ko", "summary_ko", "note_ko", "evidence_paraphrase_ko", "evidence_note_ko",
] as const;

/** The long format's columns for this matrix: with the Korean ones when it carries Korean (the API's lang=ko). */
export function longHeader(m: FullMatrixData): readonly string[] {
  return hasKorean(m) ? [...LONG_HEADER, ...LONG_HEADER_KO] : LONG_HEADER;
}

type KoreanFields = {
  actors: readonly { code: string; nameKo?: string | null }[];
  issues: readonly { slug: string; titleKo?: string | null; scale: readonly { value: number; labelKo?: string | null }[] }[];
  cells: readonly { summaryKo?: string | null; noteKo?: string | null; evidence: readonly { paraphraseKo?: string | null; noteKo?: string | null }[] }[];
};
const hasKorean = (m: FullMatrixData) => m.cells.some((c) => "summaryKo" in c) || (m as unknown as KoreanFields).actors.some((a) => "nameKo" in a);

/** One row per (stance, evidence item); a stance without evidence gets one row with `unsourced` = yes. */
export function longRows(m: FullMatrixData): CsvValue[][] {
  const ko = hasKorean(m) ? (m as unknown as KoreanFields) : null;
  const actorName = new Map(m.actors.map((a) => [a.code, a.name]));
  const issues = new Map(m.issues.map((i) => [i.slug, i]));
  return m.cells.flatMap((c, ci) => {
    const issue = issues.get(c.issue);
    const stance: CsvValue[] = [
      m.asOf, c.actor, actorName.get(c.actor), c.issue, issue?.title, c.counterpart, c.validFrom, c.validUntil, c.position,
      scaleLabel(issue?.scale.map((p) => p.label) ?? [], c.position), c.salience, c.confidence, c.summary, c.note,
      c.evidence.length === 0 ? "yes" : "no",
    ];
    const items = c.evidence.length ? c.evidence : [null];
    const k = ko?.cells[ci];
    const kIssue = ko && issue ? (issue as unknown as KoreanFields["issues"][number]) : undefined;
    return items.map((e, n) => [
      ...stance,
      e ? n + 1 : null, e?.title, e?.publisher, e?.date, e?.url, e?.paraphrase, e?.quote, e?.note,
      m.codedThrough,
      ...(ko
        ? [
            ko.actors.find((a) => a.code === c.actor)?.nameKo,
            kIssue?.titleKo,
            c.position === null ? "입장 표명 없음" : kIssue?.scale.find((p) => p.value === c.position)?.labelKo,
            k?.summaryKo,
            k?.noteKo,
            e ? k?.evidence[n]?.paraphraseKo : null,
            e ? k?.evidence[n]?.noteKo : null,
          ]
        : []),
    ]);
  });
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
const SAFE_URL = /^https?:\/\//i;

/** The workbook: sheets "Matrix", "Stances" and "About". Returns the .xlsx bytes. */
export async function matrixWorkbook(m: FullMatrixData): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Stance Atlas";
  wb.created = new Date(`${m.asOf}T00:00:00Z`);
  const source = `Source: Stance Atlas, view as of ${m.asOf}; positions coded through ${m.codedThrough ?? "(nothing coded)"} from public sources`;

  // Grid: one row per issue (and per counterpart of a directed issue), two columns per actor: position, label.
  const grid = wb.addWorksheet("Matrix", { views: [{ state: "frozen", xSplit: 2, ySplit: 1 }] });
  grid.columns = [
    { header: "Issue", key: "issue", width: 34 },
    { header: "Cluster", key: "cluster", width: 24 },
    ...m.actors.flatMap((a) => [
      { header: `${a.shortName} position`, key: `${a.code}:p`, width: 10 },
      { header: `${a.shortName} label`, key: `${a.code}:l`, width: 36 },
    ]),
  ];
  grid.getRow(1).font = { bold: true };
  const name = new Map(m.actors.map((a) => [a.code, a.shortName]));
  for (const group of groupByCluster(m.issues)) {
    for (const issue of group.issues) {
      const here = m.cells.filter((c) => c.issue === issue.slug);
      const counterparts = [...new Set(here.map((c) => c.counterpart))].sort((x, y) => (x === null ? -1 : y === null ? 1 : x.localeCompare(y)));
      if (counterparts.length === 0) counterparts.push(null);
      for (const cp of counterparts) {
        const row = grid.addRow({ issue: cp ? `${issue.title} (toward ${name.get(cp) ?? cp})` : issue.title, cluster: clusterLabel(group.id) });
        m.actors.forEach((a, n) => {
          const cell = here.find((c) => c.actor === a.code && c.counterpart === cp);
          const pos = row.getCell(3 + n * 2);
          const label = row.getCell(4 + n * 2);
          if (!cell) {
            if (cp === null) label.value = "No stated position";
            return;
          }
          pos.value = cell.position;
          pos.numFmt = "+0;-0;0";
          const text = `${scaleLabel(issue.scale.map((p) => p.label), cell.position)}${cell.confidence === "low" ? " (low confidence)" : ""}${cell.unsourced ? " (unsourced)" : ""}`;
          label.value = text;
          for (const c of [pos, label]) {
            c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(positionFill(cell.position)) } };
            c.font = { color: { argb: argb(positionText(cell.position)) } };
          }
          label.alignment = { wrapText: true, vertical: "top" };
        });
      }
    }
  }
  grid.addRow([]);
  grid.addRow([source]);
  grid.addRow([`Positions: ${formatPosition(-2)} pressure / maximal-demands pole to ${formatPosition(2)} accommodation pole; each issue's label says what the point means.`]);

  const long = wb.addWorksheet("Stances", { views: [{ state: "frozen", ySplit: 1 }] });
  long.columns = longHeader(m).map((h) => ({ header: h, key: h, width: /summary|paraphrase|quote|note|title/.test(h) ? 48 : 14 }));
  long.getRow(1).font = { bold: true };
  const urlCol = LONG_HEADER.indexOf("evidence_url") + 1;
  for (const r of longRows(m)) {
    const row = long.addRow(r.map((v) => (v === undefined || v === null ? null : v)));
    const url = row.getCell(urlCol);
    if (typeof url.value === "string" && SAFE_URL.test(url.value)) url.value = { text: url.value, hyperlink: url.value };
  }

  const about = wb.addWorksheet("About");
  about.columns = [{ width: 18 }, { width: 100 }];
  about.addRows([
    ["as_of", m.asOf],
    ["coded_through", m.codedThrough ?? ""],
    ["source", source],
    ["Matrix", "One row per issue (and per counterpart of a directed issue); per actor its position (−2..+2) and the issue's label for it."],
    ["Stances", "Every stance in force on as_of, one row per evidence item (a stance without evidence: one row, unsourced = yes)."],
  ]);
  about.getColumn(1).font = { bold: true };

  return new Uint8Array(await wb.xlsx.writeBuffer());
}
