/**
 * What the matrix page shows: a date, an optional cluster and a page of issue rows. Pure; shared by the page,
 * the proxy that serves the default view from the page cache, and the tests.
 */
import { CLUSTER_IDS } from "./domain";
import { isIsoDate, queryDateOutOfSpan } from "./dates";
import { fail, parseChoice, parseDateParam, type ParseIssue, type Parsed } from "./params";

/** Issue rows per page at most: a large matrix (30 actors x 200 issues) is read a cluster and a page at a time. */
export const MATRIX_PAGE_ROWS = 30;
/** About this many cells per page: with many actors, fewer rows (never fewer than 8). */
export const MATRIX_PAGE_CELLS = 360;

export function rowsPerPage(actors: number): number {
  return Math.max(8, Math.min(MATRIX_PAGE_ROWS, Math.floor(MATRIX_PAGE_CELLS / Math.max(1, actors))));
}

export type MatrixSelection = { asOf: string; cluster?: string; page: number };

type Raw = string | string[] | undefined;

/** The query of "/" (asOf, cluster, page); anything else is ignored, as before. */
export function parseMatrixQuery(sp: Record<string, Raw>, today: string): Parsed<MatrixSelection> {
  const asOf = parseDateParam("asOf", sp.asOf, today);
  const cluster = parseChoice("cluster", sp.cluster, CLUSTER_IDS);
  const page = parsePage(sp.page);
  const failed = [asOf, cluster, page].filter((p) => !p.ok) as { error: string; issues?: ParseIssue[] }[];
  if (failed.length || !asOf.ok || !cluster.ok || !page.ok)
    return { ok: false, error: failed.map((p) => p.error).join(" "), issues: failed.flatMap((p) => p.issues ?? []) };
  return { ok: true, value: { asOf: asOf.value, cluster: cluster.value, page: page.value } };
}

function parsePage(raw: Raw): Parsed<number> {
  if (raw === undefined || raw === "") return { ok: true, value: 1 };
  if (Array.isArray(raw)) return fail(`Give page once, not ${raw.length} times.`, "once", { name: "page", count: raw.length });
  if (!/^[1-9][0-9]{0,3}$/.test(raw)) return fail(`page must be a whole number from 1 (got "${raw.slice(0, 20)}").`, "pageNumber", { name: "page", got: raw.slice(0, 20) });
  return { ok: true, value: Number(raw) };
}

/** The link to a selection; today's date and page 1 stay out of the URL. */
export function matrixHref(sel: MatrixSelection, today: string): string {
  const q = new URLSearchParams();
  if (sel.asOf !== today) q.set("asOf", sel.asOf);
  if (sel.cluster) q.set("cluster", sel.cluster);
  if (sel.page > 1) q.set("page", String(sel.page));
  const s = q.toString();
  return s ? `/?${s}` : "/";
}

/**
 * The path segment of the cached matrix route (/matrix/<key>): today, as of, cluster and page. Today is part
 * of the key so that a day's cached render is never served the next day.
 */
export function matrixViewKey(sel: MatrixSelection, today: string): string {
  return [today, sel.asOf, sel.cluster ?? "all", String(sel.page)].join("~");
}

export function parseMatrixViewKey(key: string): { today: string; selection: MatrixSelection } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(key);
  } catch {
    return null;
  }
  const parts = decoded.split("~");
  if (parts.length !== 4) return null;
  const [today, asOf, cluster, page] = parts;
  if (!isIsoDate(today) || !isIsoDate(asOf) || queryDateOutOfSpan("asOf", asOf, today)) return null;
  if (cluster !== "all" && !(CLUSTER_IDS as readonly string[]).includes(cluster)) return null;
  const p = parsePage(page);
  if (!p.ok) return null;
  return { today, selection: { asOf, cluster: cluster === "all" ? undefined : cluster, page: p.value } };
}

/** One page of rows: the slice, the page count, and the 1-based range shown. */
export function pageOf<T>(rows: readonly T[], page: number, size = MATRIX_PAGE_ROWS) {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const start = (page - 1) * size;
  return { items: rows.slice(start, start + size), pages, first: start + 1, last: Math.min(rows.length, start + size), total: rows.length };
}

/** Page numbers to offer: the first, the last, and the current one with its neighbours; null marks a gap. */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const keep = [...new Set([1, page - 1, page, page + 1, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const p of keep) {
    const prev = out.at(-1);
    if (typeof prev === "number" && p - prev > 1) out.push(p - prev === 2 ? p - 1 : null);
    out.push(p);
  }
  return out;
}
