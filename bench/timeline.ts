/**
 * Bench-only: a pair's divergence step function over time, from the two actors' full histories (what the
 * divergence timeline view needs from the database). Incremental sweep over the change dates: O(changes), with
 * the README's formula (salience-weighted mean distance over the issues where both have a stated position).
 * Directed series: an actor's stance toward the other is used where it has one, else its undirected stance.
 */
import type { StanceDto } from "../db/queries/stances";

export type Step = { from: string; value: number | null; compared: number };

type Coded = { position: number | null; salience: number } | null;

function nextDay(d: string): string {
  return new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Per issue, the dated changes of one actor's coded stance toward `other` (null = no stated position). */
function changes(history: readonly StanceDto[], other: string): Map<string, { date: string; coded: Coded }[]> {
  const byIssue = new Map<string, StanceDto[]>();
  for (const s of history) {
    if (s.counterpart !== null && s.counterpart !== other) continue;
    const list = byIssue.get(s.issue) ?? [];
    list.push(s);
    byIssue.set(s.issue, list);
  }
  const out = new Map<string, { date: string; coded: Coded }[]>();
  for (const [issue, list] of byIssue) {
    const directed = list.some((s) => s.counterpart === other);
    const series = list.filter((s) => (directed ? s.counterpart === other : s.counterpart === null)).sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
    const steps: { date: string; coded: Coded }[] = [];
    series.forEach((s, k) => {
      steps.push({ date: s.validFrom, coded: s.position === null ? null : { position: s.position, salience: s.salience } });
      const next = series[k + 1];
      if (s.validUntil !== null && (!next || next.validFrom > nextDay(s.validUntil))) steps.push({ date: nextDay(s.validUntil), coded: null });
    });
    out.set(issue, steps);
  }
  return out;
}

export function divergenceSteps(a: string, historyA: readonly StanceDto[], b: string, historyB: readonly StanceDto[]): Step[] {
  const ca = changes(historyA, b);
  const cb = changes(historyB, a);
  const events: { date: string; issue: string; side: 0 | 1; coded: Coded }[] = [];
  for (const [issue, list] of ca) for (const c of list) events.push({ date: c.date, issue, side: 0, coded: c.coded });
  for (const [issue, list] of cb) for (const c of list) events.push({ date: c.date, issue, side: 1, coded: c.coded });
  events.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const state = new Map<string, [Coded, Coded]>();
  let weighted = 0;
  let weights = 0;
  let compared = 0;
  const contribution = ([x, y]: [Coded, Coded]) =>
    x && y && x.position !== null && y.position !== null ? { w: (x.salience + y.salience) / 2, d: Math.abs(x.position - y.position) / 4 } : null;
  const steps: Step[] = [];
  for (let k = 0; k < events.length; k++) {
    const e = events[k];
    const pair = state.get(e.issue) ?? [null, null];
    const before = contribution(pair);
    if (before) {
      weighted -= before.w * before.d;
      weights -= before.w;
      compared--;
    }
    pair[e.side] = e.coded;
    state.set(e.issue, pair);
    const after = contribution(pair);
    if (after) {
      weighted += after.w * after.d;
      weights += after.w;
      compared++;
    }
    if (k === events.length - 1 || events[k + 1].date !== e.date) {
      steps.push({ from: e.date, value: compared === 0 ? null : weighted / weights, compared });
    }
  }
  return steps;
}
