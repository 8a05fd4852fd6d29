/**
 * "What moved": the stance changes of a date window, for the briefing question "what changed since the last
 * briefing?". Pure.
 */
import { seriesKey, type Dated } from "./asof";
import { addDays } from "./dates";

export type ChangeStance = Dated & { id: number; position: number | null; salience: number };

export type Direction = "toward-engagement" | "toward-pressure" | "restated" | "first-stated" | "dropped" | "ended";

export type StanceChange<T extends ChangeStance> = {
  date: string;
  actor: string;
  issue: string;
  counterpart: string | null;
  /** The stance in force the day before (null: no stated position then). */
  before: T | null;
  /** The stance in force from `date` (null: the previous stance's explicit end passed, nothing follows). */
  after: T | null;
  direction: Direction;
};

export function direction(before: number | null | undefined, after: number | null | undefined, ended = false): Direction {
  if (ended) return "ended";
  if (before === null || before === undefined) return after === null || after === undefined ? "restated" : "first-stated";
  if (after === null || after === undefined) return "dropped";
  if (after > before) return "toward-engagement";
  if (after < before) return "toward-pressure";
  return "restated";
}

export const DIRECTION_TEXT: Record<Direction, string> = {
  "toward-engagement": "Toward engagement",
  "toward-pressure": "Toward pressure",
  restated: "Position unchanged (recoded)",
  "first-stated": "First stated position",
  dropped: "No longer states a position",
  ended: "Stance ended, nothing follows",
};

/**
 * Every change with a date in (from, to]: a stance starting (compared with what held the day before) or an
 * explicit end passing (the day after validUntil, when no new stance starts that day). Sorted by date, then by
 * the input order of the stances.
 */
export function stanceChanges<T extends ChangeStance>(history: readonly T[], from: string, to: string): StanceChange<T>[] {
  const bySeries = new Map<string, T[]>();
  for (const s of history) bySeries.set(seriesKey(s), [...(bySeries.get(seriesKey(s)) ?? []), s]);
  const out: { change: StanceChange<T>; order: number }[] = [];
  let order = 0;
  for (const series of bySeries.values()) {
    const sorted = [...series].sort((x, y) => (x.validFrom < y.validFrom ? -1 : 1));
    const inForce = (date: string) => {
      let cur: T | null = null;
      for (const s of sorted) if (s.validFrom <= date) cur = s;
      return cur && (cur.validUntil === null || cur.validUntil >= date) ? cur : null;
    };
    for (const s of sorted) {
      order += 1;
      if (s.validFrom > from && s.validFrom <= to) {
        const before = inForce(addDays(s.validFrom, -1));
        out.push({
          order,
          change: { date: s.validFrom, actor: s.actor, issue: s.issue, counterpart: s.counterpart, before, after: s, direction: direction(before?.position, s.position) },
        });
      }
      if (s.validUntil) {
        const end = addDays(s.validUntil, 1);
        const next = inForce(end);
        if (end > from && end <= to && next === null)
          out.push({
            order,
            change: { date: end, actor: s.actor, issue: s.issue, counterpart: s.counterpart, before: s, after: null, direction: "ended" },
          });
      }
    }
  }
  return out.sort((x, y) => (x.change.date < y.change.date ? -1 : x.change.date > y.change.date ? 1 : x.order - y.order)).map((x) => x.change);
}

/** The newest date in the data: the latest stance start, day after an explicit end, or event date. */
export function newestDataDate(stances: readonly Dated[], eventDates: readonly string[]): string | null {
  let max: string | null = null;
  for (const s of stances) {
    for (const d of [s.validFrom, s.validUntil ? addDays(s.validUntil, 1) : null]) if (d && (max === null || d > max)) max = d;
  }
  for (const d of eventDates) if (max === null || d > max) max = d;
  return max;
}
