/**
 * Reading an uploaded spreadsheet into rows of text, with maintained parsers: exceljs for .xlsx, papaparse for
 * .csv. Only the long format's columns are kept (lib/export/spreadsheet.ts LONG_HEADER), in null-prototype
 * records, so no header name (`__proto__`, say) can reach an object's prototype. Formulas are never evaluated:
 * a formula cell is read as the value Excel stored with it, or as empty text when it stored none. Bounded by
 * IMPORT_LIMITS before anything is parsed row by row.
 */
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { LONG_HEADER } from "../export/spreadsheet";
import type { AdminMessage } from "../admin/messages";

export const IMPORT_LIMITS = { bytes: 2_000_000, rows: 5_000 } as const;

export type Column = (typeof LONG_HEADER)[number];
/** One data row: its number as the spreadsheet shows it (the header is row 1) and its known columns' text. */
export type SheetRow = { row: number; cells: Partial<Record<Column, string>> };
export type ReadResult = { ok: true; rows: SheetRow[]; ignoredColumns: string[] } | { ok: false; error: AdminMessage };

const KNOWN = new Set<string>(LONG_HEADER);

function isXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b; // "PK": a zip container
}

/** A cell's value as text: numbers and booleans as written, dates as YYYY-MM-DD, formulas by their stored result. */
export function cellText(v: ExcelJS.CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("formula" in v || "sharedFormula" in v) return cellText((v as { result?: ExcelJS.CellValue }).result);
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("hyperlink" in v) return cellText((v as { text?: ExcelJS.CellValue }).text);
    if ("error" in v) return "";
  }
  return "";
}

function toRows(header: string[], body: { row: number; values: string[] }[]): ReadResult {
  const ignoredColumns = header.filter((h) => h && !KNOWN.has(h));
  if (!header.includes("actor") || !header.includes("issue") || !header.includes("valid_from"))
    return { ok: false, error: { key: "noHeader" } };
  const rows: SheetRow[] = [];
  for (const { row, values } of body) {
    const cells: Partial<Record<Column, string>> = Object.create(null);
    let any = false;
    header.forEach((h, i) => {
      if (!KNOWN.has(h)) return;
      const text = (values[i] ?? "").trim();
      if (text) any = true;
      cells[h as Column] = text;
    });
    if (any) rows.push({ row, cells });
  }
  return { ok: true, rows, ignoredColumns };
}

export async function readSpreadsheet(bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.length === 0) return { ok: false, error: { key: "fileEmpty" } };
  if (bytes.length > IMPORT_LIMITS.bytes)
    return { ok: false, error: { key: "fileTooLarge", values: { size: (bytes.length / 1e6).toFixed(1), max: IMPORT_LIMITS.bytes / 1e6 } } };
  const tooMany: AdminMessage = { key: "tooManyRows", values: { max: IMPORT_LIMITS.rows } };
  if (isXlsx(bytes)) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      return { ok: false, error: { key: "badWorkbook" } };
    }
    const ws = wb.getWorksheet("Stances") ?? wb.worksheets[0];
    if (!ws) return { ok: false, error: { key: "noSheet" } };
    if (ws.rowCount > IMPORT_LIMITS.rows + 1) return { ok: false, error: tooMany };
    const header: string[] = [];
    ws.getRow(1).eachCell({ includeEmpty: true }, (c, col) => (header[col - 1] = cellText(c.value).trim()));
    const body: { row: number; values: string[] }[] = [];
    ws.eachRow({ includeEmpty: false }, (r, n) => {
      if (n === 1) return;
      const values: string[] = [];
      for (let col = 1; col <= header.length; col++) values.push(cellText(r.getCell(col).value));
      body.push({ row: n, values });
    });
    return toRows(header, body);
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: "greedy", preview: IMPORT_LIMITS.rows + 2 });
  const data = parsed.data;
  if (data.length > IMPORT_LIMITS.rows + 1) return { ok: false, error: tooMany };
  if (data.length === 0) return { ok: false, error: { key: "noRows" } };
  const [header, ...rest] = data;
  // CSV exports prefix text starting with = + - @ with an apostrophe (formula protection): take it off again.
  const unprotect = (v: string) => (/^'[=+\-@]/.test(v) ? v.slice(1) : v);
  return toRows(
    header.map((h) => h.trim()),
    rest.map((values, i) => ({ row: i + 2, values: values.map(unprotect) })),
  );
}
