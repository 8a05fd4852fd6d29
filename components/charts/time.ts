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
