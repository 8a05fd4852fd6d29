/** Calendar dates as ISO strings (YYYY-MM-DD). Comparing two such strings compares the dates. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in YYYY-MM-DD form (rejects 2019-02-30, 2019-13-01, "abc"). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Partial dates for evidence: YYYY, YYYY-MM or YYYY-MM-DD. */
export function isPartialIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  if (/^\d{4}$/.test(value)) return Number(value) >= 1900 && Number(value) <= 2999;
  if (/^\d{4}-\d{2}$/.test(value)) return isIsoDate(`${value}-01`);
  return isIsoDate(value);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Today's date in UTC. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The span a date in a URL may name: the era of the peace process (the first coded event is 2002) and at most
 * ten years ahead (editors test future-dated stances). It bounds the work and the cache entries one URL can ask
 * for: a trend from 1900 or a page cache keyed by every date of a millennium.
 */
export const EARLIEST_QUERY_DATE = "1990-01-01";
export function latestQueryDate(today: string = todayIso()): string {
  return `${Number(today.slice(0, 4)) + 10}-12-31`;
}

/** A message when `value` (a real ISO date) lies outside the span above, else null. */
export function queryDateOutOfSpan(name: string, value: string, today: string = todayIso()): string | null {
  return queryDateOutOfSpanIssue(name, value, today)?.error ?? null;
}

/**
 * The same, with the message key of the "Errors" namespace and its values beside the English message (pages
 * show the key in their language).
 */
export function queryDateOutOfSpanIssue(
  name: string,
  value: string,
  today: string = todayIso(),
): { error: string; issue: { key: "tooEarly" | "tooLate"; values: { name: string; limit: string; got: string } } } | null {
  if (value < EARLIEST_QUERY_DATE)
    return { error: `${name} must be on or after ${EARLIEST_QUERY_DATE} (got ${value}).`, issue: { key: "tooEarly", values: { name, limit: EARLIEST_QUERY_DATE, got: value } } };
  const latest = latestQueryDate(today);
  if (value > latest) return { error: `${name} must be on or before ${latest} (got ${value}).`, issue: { key: "tooLate", values: { name, limit: latest, got: value } } };
  return null;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Intl locale per language: English dates as "1 Mar 2019" (day month year, as in the briefings), Korean as "2019년 3월 1일". */
const INTL_LOCALE = { en: "en-GB", ko: "ko-KR" } as const;
type Lang = keyof typeof INTL_LOCALE;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, precision: "day" | "month" | "year"): Intl.DateTimeFormat {
  const key = `${lang}|${precision}`;
  let f = dateFormats.get(key);
  if (!f) {
    const month = lang === "ko" ? "long" : "short";
    const options: Intl.DateTimeFormatOptions =
      precision === "day" ? { year: "numeric", month, day: "numeric" } : precision === "month" ? { year: "numeric", month } : { year: "numeric" };
    // Calendar dates are read as UTC midnight and formatted in UTC: never a day off with the server's zone.
    dateFormats.set(key, (f = new Intl.DateTimeFormat(INTL_LOCALE[lang], { ...options, timeZone: "UTC" })));
  }
  return f;
}

/**
 * "2019-03-01" -> "1 Mar 2019" (Korean: "2019년 3월 1일"); partial dates keep their precision ("2019-03" ->
 * "Mar 2019", "2019년 3월"). Intl does the formatting; a value that is not a date is returned as it is.
 */
export function formatDate(value: string, lang: Lang = "en"): string {
  const [y, m, d] = value.split("-");
  const precision = d ? "day" : m ? "month" : "year";
  const date = new Date(Date.UTC(Number(y), m ? Number(m) - 1 : 0, d ? Number(d) : 1));
  if (Number.isNaN(date.getTime()) || !/^\d{4}$/.test(y)) return value;
  return dateFormat(lang, precision).format(date);
}

/** A human age: "3 years", "5 months", "12 days" (Korean "3년", "5개월", "12일"), with Intl's unit formatting. */
export function formatAge(from: string, to: string, lang: Lang = "en"): string {
  const days = daysBetween(from, to);
  if (days < 0) return lang === "ko" ? "미래" : "in the future";
  const unit = (n: number, u: "day" | "month" | "year") =>
    new Intl.NumberFormat(INTL_LOCALE[lang], { style: "unit", unit: u, unitDisplay: "long" }).format(n);
  if (days < 60) return unit(days, "day");
  if (days < 730) return unit(Math.floor(days / 30.44), "month");
  return unit(Math.floor(days / 365.25), "year");
}
