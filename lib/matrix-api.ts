/** The read API's matrix selection, and its paging over issues (pure). */

/**
 * What `GET /api/v1/matrix` (and its CSV and spreadsheet forms, which take the first four) is asked for.
 * `lang: "ko"` adds the stored Korean texts next to the English; `issues` and `cluster` narrow the issues;
 * `evidence: false` gives each cell its evidence count instead of its evidence; `limit` pages the issues
 * (`cursor`: the last issue of the page before).
 */
export type MatrixApiParams = {
  asOf: string;
  actors?: string[];
  cluster?: string;
  lang?: "en" | "ko";
  issues?: string[];
  evidence?: boolean;
  limit?: number;
  cursor?: string;
};

/** The most issues one page may ask for. */
export const MATRIX_LIMIT_MAX = 1000;

/** The paging part of an answer: `nextCursor` is the cursor of the next page, null on the last. */
export type MatrixPage = { limit: number; cursor: string | null; nextCursor: string | null; total: number };

/**
 * One page of the selected issues. `order`: every issue slug in the matrix's order; `selected`: the ones the
 * selection keeps (in any order). The page is the first `limit` selected issues after `cursor` in the matrix's
 * order (a cursor outside the selection still marks a place in that order); without `limit`, every selected issue.
 */
export function pageIssues(
  order: readonly string[],
  selected: ReadonlySet<string>,
  { limit, cursor }: { limit?: number; cursor?: string },
): { slugs: string[]; page: MatrixPage | null } {
  const chosen = order.filter((s) => selected.has(s));
  if (limit === undefined) return { slugs: chosen, page: null };
  const after = cursor === undefined ? -1 : order.indexOf(cursor);
  const rank = new Map(order.map((s, i) => [s, i]));
  const rest = chosen.filter((s) => rank.get(s)! > after);
  const slugs = rest.slice(0, limit);
  const nextCursor = rest.length > limit ? slugs[slugs.length - 1] : null;
  return { slugs, page: { limit, cursor: cursor ?? null, nextCursor, total: chosen.length } };
}
