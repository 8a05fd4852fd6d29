/** Time axis helpers for charts over dates (ISO strings <-> UTC milliseconds). */
export const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
export const fromTime = (t: number) => new Date(t).toISOString().slice(0, 10);

/** 1 January of every year inside [from, to]. */
export function yearTicks(from: string, to: string): number[] {
  const out: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    const t = toTime(`${y}-01-01`);
    if (t >= toTime(from) && t <= toTime(to)) out.push(t);
  }
  return out;
}

/**
 * Step points as explicit horizontal segments: each value holds until one millisecond before the next point.
 * Drawn with straight lines this is a step line that also ends cleanly before a gap (null), which Recharts'
 * "stepAfter" would drop.
 */
export function stepData(points: { date: string; value: number | null }[]): { t: number; v: number | null }[] {
  const out: { t: number; v: number | null }[] = [];
  points.forEach((p, i) => {
    const t = toTime(p.date);
    out.push({ t, v: p.value });
    const next = points[i + 1];
    if (next && p.value !== null) out.push({ t: toTime(next.date) - 1, v: p.value });
  });
  return out;
}

/**
 * Ticks for a time axis: 1 January of every year, or for a range under about two years the first of every
 * quarter (every month under five months), so a short range still has dates to read. With its label.
 */
export function timeTicks(from: string, to: string, locale = "en"): { ticks: number[]; label: (t: number) => string } {
  const days = (toTime(to) - toTime(from)) / 86_400_000;
  if (days >= 800) return { ticks: yearTicks(from, to), label: (t) => fromTime(t).slice(0, 4) };
  const every = days > 370 ? 3 : days > 150 ? 2 : 1;
  const ticks: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++)
    for (let m = 1; m <= 12; m += every) {
      const t = toTime(`${y}-${String(m).padStart(2, "0")}-01`);
      if (t >= toTime(from) && t <= toTime(to)) ticks.push(t);
    }
  const month = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  return { ticks, label: (t) => (fromTime(t).slice(5, 7) === "01" ? fromTime(t).slice(0, 4) : month.format(new Date(t))) };
}
