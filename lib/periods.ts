/**
 * The date range of charts over time (?from=YYYY-MM-DD&to=YYYY-MM-DD) and the presets for the main periods of
 * the peace process. Pure; errors are messages for people.
 */
import { formatDate, isIsoDate, queryDateOutOfSpanIssue } from "./dates";
import { fail, type Parsed } from "./params";

type Raw = string | string[] | undefined;

export type DateRange = { from: string; to: string };

export type Period = { id: string; label: string; from: string; to: string | null };

/** `to: null` runs to today. */
export const PERIODS: readonly Period[] = [
  { id: "summitry", label: "2018–2019 summitry", from: "2018-01-01", to: "2019-12-31" },
  { id: "after-hanoi", label: "After Hanoi", from: "2019-02-28", to: "2021-12-31" },
  { id: "2022", label: "2022–", from: "2022-01-01", to: null },
  { id: "2025", label: "2025–", from: "2025-01-01", to: null },
];

export function periodRange(p: Period, today: string): DateRange {
  return { from: p.from, to: p.to === null || p.to > today ? today : p.to };
}

/** The preset the range matches exactly, if any. */
export function matchingPeriod(range: DateRange, today: string): Period | undefined {
  return PERIODS.find((p) => {
    const r = periodRange(p, today);
    return r.from === range.from && r.to === range.to;
  });
}

function one(name: string, raw: Raw): Parsed<string | undefined> {
  if (Array.isArray(raw)) return fail(`Give ${name} once, not ${raw.length} times.`, "once", { name, count: raw.length });
  if (raw === undefined || raw === "") return { ok: true, value: undefined };
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  if (!isIsoDate(raw)) return fail(`${name} must be a real date in YYYY-MM-DD form, e.g. 2019-03-01 (got "${shown}").`, "date", { name, got: shown });
  const outside = queryDateOutOfSpanIssue(name, raw);
  if (outside) return { ok: false, error: outside.error, issues: [outside.issue] };
  return { ok: true, value: raw };
}

/**
 * `from` and `to` of a chart over time. Missing `from` is `defaults.from` (the start of the history), missing
 * `to` is today; `to` later than today is cut to today (there is no history after it); `from` must come before
 * `to`.
 */
export function parseRange(rawFrom: Raw, rawTo: Raw, defaults: { from: string; today: string }): Parsed<DateRange> {
  const f = one("from", rawFrom);
  if (!f.ok) return f;
  const t = one("to", rawTo);
  if (!t.ok) return t;
  const from = f.value ?? defaults.from;
  const to = t.value === undefined || t.value > defaults.today ? defaults.today : t.value;
  if (from >= to) return fail(`from (${formatDate(from)}) must be before to (${formatDate(to)}).`, "rangeOrder", { from, to });
  return { ok: true, value: { from, to } };
}

/**
 * Which events are marked: `events=E04,E06` (keys of known events), `events=none` for none ("none" beside keys
 * is ignored), or missing for `fallback`. At most `max` keys.
 */
export function parseEventKeys(raw: Raw, known: readonly string[], fallback: readonly string[], max = 30): Parsed<string[]> {
  if (Array.isArray(raw)) raw = raw.join(",");
  if (raw === undefined || raw === "") return { ok: true, value: [...fallback] };
  // The form always sends "none" beside the checked boxes, so unchecking every box is not read as "missing".
  const keys = [...new Set(raw.split(",").map((k) => k.trim()).filter((k) => k && k !== "none"))];
  const unknown = keys.filter((k) => !known.includes(k));
  if (unknown.length) {
    const got = unknown.slice(0, 5).map((u) => `"${u.length > 20 ? `${u.slice(0, 20)}…` : u}"`).join(", ");
    return fail(`events has unknown event keys: ${got}.`, "eventsUnknown", { name: "events", got });
  }
  if (keys.length > max) return fail(`events: at most ${max} events can be marked (got ${keys.length}).`, "eventsMax", { name: "events", max, count: keys.length });
  return { ok: true, value: keys };
}
