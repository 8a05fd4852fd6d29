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
 */
export function divergenceTimeline(
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
