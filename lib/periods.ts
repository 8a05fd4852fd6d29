/**
 * The date range of charts over time (?from=YYYY-MM-DD&to=YYYY-MM-DD) and the presets for the main periods of
 * the peace process. Pure; errors are messages for people.
 */
import { formatDate, isIsoDate, queryDateOutOfSpanIssue } from "./dates";
import { fail, type Parsed } from "./params";

type Raw = string | string[] | undefined;

export type DateRange = { from: string; to: string };

/** Start of the charts over time: the peace process of 2018 (the seed data's earliest stances are 2017). */
export const HISTORY_START = "2018-01-01";

/** The most-cited turning points, drawn as markers on charts over time unless the URL chooses others. */
export const MARKER_EVENT_KEYS: readonly string[] = ["E04", "E06", "E09", "E19", "E24", "E27", "E33", "E34", "E37", "E43", "E46", "E50", "E59", "E62", "E74"];

export type Period = { id: string; label: string; from: string; to: string | null };

/**
 * `to: null` runs to today. A preset starts on the first day of the event it is named after (After Hanoi: the
 * summit's first day, 27 Feb 2019), so that event's marker is on the chart; no curated event straddles a
 * preset's start (lib/periods.test.ts).
 */
export const PERIODS: readonly Period[] = [
  { id: "summitry", label: "2018–2019 summitry", from: "2018-01-01", to: "2019-12-31" },
  { id: "after-hanoi", label: "After Hanoi", from: "2019-02-27", to: "2021-12-31" },
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

export type MarkerSource = { key?: string | null; date: string; title: string };
export type Marker = { key: string; date: string; title: string };

/**
 * The events marked on a chart over time: the chosen keys whose date falls inside the range, by date. The
 * divergence page and its embed both draw these, so one URL marks the same events in both.
 */
export function chartMarkers(events: readonly MarkerSource[], keys: readonly string[], range: DateRange): Marker[] {
  const chosen = new Set(keys);
  return events
    .filter((e): e is MarkerSource & { key: string } => Boolean(e.key) && chosen.has(e.key!) && e.date >= range.from && e.date <= range.to)
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
    .map((e) => ({ key: e.key, date: e.date, title: e.title }));
}
