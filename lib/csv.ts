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

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return Papa.unparse(
    { fields: [...header], data: rows.map((r) => r.map(neutraliseCell)) },
    { newline: "\r\n", quotes: false, escapeFormulae: false },
  ) + "\r\n";
}
