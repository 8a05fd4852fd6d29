/** CSV output (RFC 4180 via papaparse) that spreadsheet programs cannot turn into formulas. */
import Papa from "papaparse";

export type CsvValue = string | number | null | undefined;

/**
 * Text cells that start with = + - @ (or a tab / carriage return) are prefixed with an apostrophe so Excel and
 * LibreOffice show them as text; numbers stay numbers.
 */
export function neutraliseCell(value: CsvValue): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The UTF-8 byte-order mark every CSV starts with: Excel on Korean and Japanese Windows reads a CSV without it in the
 * legacy code page and garbles Hangul and Kanji. Parsers (papaparse, Python's utf-8-sig) skip it.
 */
export const CSV_BOM = "\uFEFF";

/** The text with exactly one byte-order mark in front (a fetched CSV loses its mark: TextDecoder strips it). */
export function withBom(csv: string): string {
  return csv.startsWith(CSV_BOM) ? csv : CSV_BOM + csv;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return CSV_BOM + Papa.unparse(
    { fields: [...header], data: rows.map((r) => r.map(neutraliseCell)) },
    { newline: "\r\n", quotes: false, escapeFormulae: false },
  ) + "\r\n";
}
