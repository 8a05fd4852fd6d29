/**
 * Step series as a page sends them: only the points where the step changes. Pure.
 *
 * A divergence timeline has a point at every change date of either actor's stances, but many of those changes
 * leave the pair's value and the number of issues compared as they were (a stance on an issue the other actor has
 * no position on, a new stance at the same position). Drawn as steps, such a point draws nothing: the line goes
 * on at the same height. Dropping it keeps the chart and its data table the same step function, and the page
 * (where every point is sent as SVG or a table row and again in React's payload) smaller.
 */
export type StepPoint = { date: string; value: number | null; compared: number };

/**
 * The first point, every point whose value or count of compared issues differs from the point before, and the
 * last point (the window's end). Extra fields (such as `change`) are dropped: a chart needs date, value, count.
 */
export function distinctSteps(points: readonly StepPoint[]): StepPoint[] {
  const out: StepPoint[] = [];
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (i === 0 || i === points.length - 1 || p.value !== prev.value || p.compared !== prev.compared)
      out.push({ date: p.date, value: p.value, compared: p.compared });
  });
  return out;
}

/** The value of a step series on `date`: the last point on or before it (null before the first). */
export function stepValue(points: readonly StepPoint[], date: string): StepPoint | null {
  let at: StepPoint | null = null;
  for (const p of points) if (p.date <= date) at = p;
  return at;
}
