/**
 * Pairwise views of the coded stances: an actor's stance toward another (directed issues), the divergence of a
 * pair, the pairwise matrix of all actors and an issue's spread. Pure; the same functions run on the server and
 * in the browser (what-if scenarios).
 */
import { divergence, issueDistance, pickStance, type Coded, type Divergence } from "./divergence";

/** The minimal shape of a stance in force, as the matrix and the API carry it. */
export type PairCell = {
  actor: string;
  issue: string;
  counterpart: string | null;
  position: number | null;
  salience: number;
};

/** Cells grouped by actor and issue: `${actor}|${issue}` -> candidates (undirected and directed). */
export function indexCells<T extends PairCell>(cells: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const c of cells) {
    const key = `${c.actor}|${c.issue}`;
    const list = map.get(key);
    if (list) list.push(c);
    else map.set(key, [c]);
  }
  return map;
}

/**
 * `actor`'s stance on `issue` when compared with `other`: toward `other` where it has one, else undirected,
 * else none (the README's rule for directed stances).
 */
export function stanceFor<T extends PairCell>(index: ReadonlyMap<string, T[]>, actor: string, issue: string, other: string): T | null {
  return pickStance(index.get(`${actor}|${issue}`) ?? [], other);
}

/** The coded positions of `actor` as used when compared with `other`. */
export function codedFor(index: ReadonlyMap<string, PairCell[]>, actor: string, other: string, issues: readonly string[]): Map<string, Coded> {
  const out = new Map<string, Coded>();
  for (const issue of issues) {
    const s = stanceFor(index, actor, issue, other);
    if (s) out.set(issue, { position: s.position, salience: s.salience });
  }
  return out;
}

/** Divergence of a pair on the given issues (cells of both actors, possibly from different dates). */
export function pairDivergence(
  cellsA: readonly PairCell[],
  cellsB: readonly PairCell[],
  a: string,
  b: string,
  issues: readonly string[],
): Divergence {
  const ia = indexCells(cellsA);
  const ib = cellsA === cellsB ? ia : indexCells(cellsB);
  return divergence(issues, codedFor(ia, a, b, issues), codedFor(ib, b, a, issues));
}

export type PairValue = { a: string; b: string; value: number | null; compared: number };

/** Divergence of every ordered pair of distinct actors (symmetric; the diagonal is left out). */
export function pairwiseDivergence(cells: readonly PairCell[], actors: readonly string[], issues: readonly string[]): PairValue[] {
  const index = indexCells(cells);
  const out: PairValue[] = [];
  for (const a of actors)
    for (const b of actors) {
      if (a === b) continue;
      const d = divergence(issues, codedFor(index, a, b, issues), codedFor(index, b, a, issues));
      out.push({ a, b, value: d.value, compared: d.compared });
    }
  return out;
}

export type Spread = {
  issue: string;
  /** Largest gap between any two actors with a stated position, in scale points (0..4); null with fewer than two. */
  maxGap: number | null;
  /** The pair at the largest gap (first in actor order on ties). */
  pair: [string, string] | null;
  /** Actors with a stated position that took part. */
  positioned: number;
};

/**
 * An issue's spread: the maximum pairwise gap in scale points among actors with a stated position. Pass the
 * cells' index (indexCells) instead of the cells when computing many issues from the same cells.
 */
export function issueSpread(cells: readonly PairCell[] | ReadonlyMap<string, PairCell[]>, actors: readonly string[], issue: string): Spread {
  const index = cells instanceof Map ? cells : indexCells(cells as readonly PairCell[]);
  let maxGap: number | null = null;
  let pair: [string, string] | null = null;
  const positioned = new Set<string>();
  for (let i = 0; i < actors.length; i++)
    for (let j = i + 1; j < actors.length; j++) {
      const a = actors[i];
      const b = actors[j];
      const sa = stanceFor(index, a, issue, b);
      const sb = stanceFor(index, b, issue, a);
      const d = issueDistance(sa?.position ?? null, sb?.position ?? null);
      if (d === null) continue;
      positioned.add(a).add(b);
      const gap = d * 4;
      if (maxGap === null || gap > maxGap) {
        maxGap = gap;
        pair = [a, b];
      }
    }
  return { issue, maxGap, pair, positioned: positioned.size };
}
