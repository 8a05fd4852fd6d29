/**
 * Histories as steps: the divergence of a pair over time and an actor's position over time. Values change only
 * when a stance changes, so both are computed exactly at the change dates of the stances involved and drawn as
 * step lines. Pure.
 *
 * A change date of a stance is its validFrom, and the day after its explicit validUntil (from then on the series
 * has no stated position unless a later stance starts).
 */
import { resolveAsOf, type Dated } from "./asof";
import { addDays } from "./dates";
import { pairDivergence, type PairCell } from "./pairs";

export type HistoryStance = Dated & PairCell;

/** Sorted, distinct dates on which any of `stances` starts or stops holding. */
export function changeDates(stances: readonly Dated[]): string[] {
  const dates = new Set<string>();
  for (const s of stances) {
    dates.add(s.validFrom);
    if (s.validUntil) dates.add(addDays(s.validUntil, 1));
  }
  return [...dates].sort();
}

/** The stances that can count in a comparison of `a` and `b`: undirected, or directed toward the other. */
export function stancesOfPair<T extends HistoryStance>(history: readonly T[], a: string, b: string): T[] {
  return history.filter(
    (s) => (s.actor === a && (s.counterpart === null || s.counterpart === b)) || (s.actor === b && (s.counterpart === null || s.counterpart === a)),
  );
}

export type TimelinePoint = {
  date: string;
  value: number | null;
  compared: number;
  /** True where a stance of either actor changed on this date; false for the window's first and last point. */
  change: boolean;
};

/**
 * The pair's salience-weighted divergence from `from` to `to`: one point at `from`, one at every change date of
 * either actor's relevant stances inside (from, to], and one at `to` so the last step reaches the end.
 *
 * One sweep over the stances' start and end dates, keeping per issue the stance each side has in force
 * (undirected, and directed toward the other, which wins while it holds: the rule of pickStance) and the running
 * totals of the formula in integers (weights 2w = sa + sb, gaps 8wd = (sa + sb)|pa - pb|), so a value is exactly
 * what pairDivergence gives on that date. O(stances log stances) for the whole timeline; the divergenceTimelineNaive
 * below (resolve, then compare, at every date) is the reference it is tested against.
 */
export function divergenceTimeline(
  history: readonly HistoryStance[],
  a: string,
  b: string,
  issues: readonly string[],
  { from, to }: { from: string; to: string },
): TimelinePoint[] {
  const relevant = stancesOfPair(history, a, b);
  const counted = new Set(issues);
  type Side = { undirected: HistoryStance | null; directed: HistoryStance | null };
  type Event = { date: string; end: boolean; stance: HistoryStance; series: string };
  const bySeries = new Map<string, HistoryStance[]>();
  for (const s of relevant) {
    if (!counted.has(s.issue)) continue;
    const key = `${s.actor}|${s.issue}|${s.counterpart ?? ""}`;
    const list = bySeries.get(key);
    if (list) list.push(s);
    else bySeries.set(key, [s]);
  }
  const events: Event[] = [];
  for (const [series, list] of bySeries) {
    list.sort((x, y) => (x.validFrom < y.validFrom ? -1 : x.validFrom > y.validFrom ? 1 : 0));
    list.forEach((s, k) => {
      events.push({ date: s.validFrom, end: false, stance: s, series });
      const next = list[k + 1];
      if (s.validUntil !== null && (!next || next.validFrom > s.validUntil)) events.push({ date: addDays(s.validUntil, 1), end: true, stance: s, series });
    });
  }
  // By date; on one date the ends before the starts (a stance may start the day after the previous one ends).
  events.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : Number(y.end) - Number(x.end)));

  const sides = new Map<string, [Side, Side]>();
  const effective = (side: Side) => side.directed ?? side.undirected;
  const contribution = (pair: [Side, Side]): [number, number] | null => {
    const x = effective(pair[0]);
    const y = effective(pair[1]);
    if (!x || !y || x.position === null || y.position === null) return null;
    return [x.salience + y.salience, (x.salience + y.salience) * Math.abs(x.position - y.position)];
  };
  let weights2 = 0;
  let gaps8 = 0;
  let compared = 0;
  const apply = (e: Event) => {
    const s = e.stance;
    let pair = sides.get(s.issue);
    if (!pair) sides.set(s.issue, (pair = [{ undirected: null, directed: null }, { undirected: null, directed: null }]));
    const before = contribution(pair);
    const side = pair[s.actor === a ? 0 : 1];
    const slot = s.counterpart === null ? "undirected" : "directed";
    if (!e.end) side[slot] = s;
    else if (side[slot] === s) side[slot] = null;
    const after = contribution(pair);
    if (before) [weights2, gaps8, compared] = [weights2 - before[0], gaps8 - before[1], compared - 1];
    if (after) [weights2, gaps8, compared] = [weights2 + after[0], gaps8 + after[1], compared + 1];
  };

  let next = 0;
  const at = (date: string, change: boolean): TimelinePoint => {
    while (next < events.length && events[next].date <= date) apply(events[next++]);
    return { date, value: compared === 0 ? null : gaps8 / (4 * weights2), compared, change };
  };
  const changes = changeDates(relevant).filter((d) => d > from && d <= to);
  const points = [at(from, false), ...changes.map((d) => at(d, true))];
  if (points.at(-1)!.date !== to) points.push(at(to, false));
  return points;
}

/** The reference for divergenceTimeline: resolves the stances in force and compares the pair at every date. */
export function divergenceTimelineNaive(
  history: readonly HistoryStance[],
  a: string,
  b: string,
  issues: readonly string[],
  { from, to }: { from: string; to: string },
): TimelinePoint[] {
  const relevant = stancesOfPair(history, a, b);
  const changes = changeDates(relevant).filter((d) => d > from && d <= to);
  const at = (date: string, change: boolean): TimelinePoint => {
    const cells = resolveAsOf(relevant, date);
    const d = pairDivergence(cells, cells, a, b, issues);
    return { date, value: d.value, compared: d.compared, change };
  };
  const points = [at(from, false), ...changes.map((d) => at(d, true))];
  if (points.at(-1)!.date !== to) points.push(at(to, false));
  return points;
}

export type PositionStep = { date: string; position: number | null; stanceId?: number; change: boolean };

/**
 * One series' position over time (one actor, one issue, one counterpart): a point at `from`, at every change
 * date inside (from, to], and at `to`. `null` is "no stated position".
 */
export function positionSteps<T extends Dated & { position: number | null; id?: number }>(
  series: readonly T[],
  { from, to }: { from: string; to: string },
): PositionStep[] {
  const at = (date: string, change: boolean): PositionStep => {
    const s = resolveAsOf(series, date)[0];
    return { date, position: s ? s.position : null, stanceId: s?.id, change };
  };
  const points = [at(from, false), ...changeDates(series).filter((d) => d > from && d <= to).map((d) => at(d, true))];
  if (points.at(-1)!.date !== to) points.push(at(to, false));
  return points;
}

/**
 * For charts: a series with more than `max` points is cut to the last point of each month (the state at the
 * month's end), plus the first point. At chart resolution (2018 to today) the steps look the same, and the page
 * stays small at 20 snapshots per series; the read API keeps every point.
 */
export function thinTimeline<T extends { date: string }>(points: T[], max = 400): T[] {
  if (points.length <= max) return points;
  return points.filter((p, i) => i === 0 || i === points.length - 1 || points[i + 1].date.slice(0, 7) !== p.date.slice(0, 7));
}

/** Below this many comparable issues a divergence value rests on too little to read as (dis)agreement. */
export const LOW_COVERAGE_MIN = 4;

/**
 * True when a point rests on few comparable issues: fewer than LOW_COVERAGE_MIN, or under a third of the
 * `total` issues. Such points are drawn faded and dotted, so a drop to 0 because only 2 issues are comparable is
 * not read as agreement. A point with nothing comparable (value null) is a gap, not low coverage.
 */
export function isLowCoverage(compared: number, total: number): boolean {
  if (compared <= 0) return false;
  return compared < LOW_COVERAGE_MIN || compared * 3 < total;
}
