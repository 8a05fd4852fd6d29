/** Divergence between pairs of actors from the stances in force on a date (directed stances via pickStance). */
import { divergence, pickStance, type Coded, type Divergence } from "../divergence";

export type CodedCell = { actor: string; issue: string; counterpart: string | null; position: number | null; salience: number };

/** `actor`'s coded stance on each issue when compared with `other`. */
export function codedToward(cells: readonly CodedCell[], issues: readonly string[], actor: string, other: string): Map<string, Coded> {
  const out = new Map<string, Coded>();
  for (const issue of issues) {
    const picked = pickStance(cells.filter((c) => c.actor === actor && c.issue === issue), other);
    if (picked) out.set(issue, { position: picked.position, salience: picked.salience });
  }
  return out;
}

export function pairDivergence(cells: readonly CodedCell[], issues: readonly string[], a: string, b: string): Divergence {
  return divergence(issues, codedToward(cells, issues, a, b), codedToward(cells, issues, b, a));
}

export type GridCell = { a: string; b: string; value: number | null; compared: number };

/** Every ordered pair of distinct actors (the measure is symmetric; the heatmap shows both halves). */
export function divergenceGrid(cells: readonly CodedCell[], issues: readonly string[], actors: readonly string[]): GridCell[] {
  const out: GridCell[] = [];
  for (const a of actors)
    for (const b of actors) {
      if (a === b) continue;
      const d = pairDivergence(cells, issues, a, b);
      out.push({ a, b, value: d.value, compared: d.compared });
    }
  return out;
}

/** "0.42", or null for no comparable issue. */
export function formatDivergence(value: number | null): string {
  return value === null ? "n/a" : value.toFixed(2);
}
