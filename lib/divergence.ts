/**
 * Positions, distances and the salience-weighted divergence between two actors. Pure functions, used on the
 * server and in the browser (what-if scenarios) alike.
 *
 *   normalised position  p' = p / 2                         in [-1, 1]
 *   distance on issue i  d_i = |p_a - p_b| / 4              in [0, 1]
 *   weight of issue i    w_i = (salience_a + salience_b) / 2
 *   divergence(a, b)     D = sum(w_i * d_i) / sum(w_i)      over issues where both have a stated position
 *
 * Issues where either side has no stated position are excluded (not counted as agreement). With no comparable
 * issue the divergence is null.
 */

export const SCALE_MIN = -2;
export const SCALE_MAX = 2;
const SPAN = SCALE_MAX - SCALE_MIN;

export function normalisePosition(position: number): number {
  return position / SCALE_MAX;
}

export function issueDistance(a: number | null, b: number | null): number | null {
  if (a === null || b === null) return null;
  return Math.abs(a - b) / SPAN;
}

export type Coded = { position: number | null; salience: number };

export type IssueGap = {
  issue: string;
  a: Coded | null;
  b: Coded | null;
  /** |p_a - p_b| / 4, null when not comparable. */
  distance: number | null;
  /** Mean salience of the pair. */
  weight: number | null;
  /** distance x weight / 5: the gap scaled by how much the pair cares, in [0, 1]. */
  weightedGap: number | null;
};

export type Divergence = {
  value: number | null;
  compared: number;
  gaps: IssueGap[];
};

/** Per-issue gaps and the overall salience-weighted divergence of two actors' coded stances. */
export function divergence(
  issues: readonly string[],
  a: ReadonlyMap<string, Coded>,
  b: ReadonlyMap<string, Coded>,
): Divergence {
  let weighted = 0;
  let weights = 0;
  let compared = 0;
  const gaps: IssueGap[] = issues.map((issue) => {
    const sa = a.get(issue) ?? null;
    const sb = b.get(issue) ?? null;
    const distance = issueDistance(sa?.position ?? null, sb?.position ?? null);
    if (distance === null || !sa || !sb) return { issue, a: sa, b: sb, distance: null, weight: null, weightedGap: null };
    const weight = (sa.salience + sb.salience) / 2;
    weighted += weight * distance;
    weights += weight;
    compared += 1;
    return { issue, a: sa, b: sb, distance, weight, weightedGap: (distance * weight) / 5 };
  });
  return { value: compared === 0 ? null : weighted / weights, compared, gaps };
}

/** Issues ranked by salience-weighted gap, largest first; ties broken by raw distance, then issue order. */
export function consultationAgenda(gaps: readonly IssueGap[], limit = 5): IssueGap[] {
  return gaps
    .map((g, order) => ({ g, order }))
    .filter(({ g }) => g.weightedGap !== null && g.weightedGap > 0)
    .sort((x, y) => y.g.weightedGap! - x.g.weightedGap! || y.g.distance! - x.g.distance! || x.order - y.order)
    .slice(0, limit)
    .map(({ g }) => g);
}

/**
 * Directed issues (summit diplomacy): when comparing `actor` with `other`, use the actor's stance toward the
 * other where it has one, else its undirected stance.
 */
export function pickStance<T extends { counterpart: string | null }>(candidates: readonly T[], other: string): T | null {
  return candidates.find((c) => c.counterpart === other) ?? candidates.find((c) => c.counterpart === null) ?? null;
}
