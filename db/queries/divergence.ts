import "server-only";
import { newestDataDate, stanceChanges, type StanceChange } from "../../lib/changes";
import { consultationAgenda } from "../../lib/divergence";
import { pairDivergence } from "../../lib/pairs";
import { divergenceTimeline, positionSteps, type PositionStep, type TimelinePoint } from "../../lib/timeline";
import type { AppLocale } from "../../lib/i18n/paths";
import { listActors, listEvents, listIssues, type ActorDto, type EventDto, type IssueDto } from "./reference";
import type { StanceDto } from "../../lib/dto";
import { stanceHistory, stancesAsOf } from "./stances";

import { HISTORY_START, MARKER_EVENT_KEYS } from "../../lib/periods";

// The start of the charts over time and the default turning points are pure constants (lib/periods.ts).
export { HISTORY_START, MARKER_EVENT_KEYS };

export type MarkerEvent = { key: string; date: string; title: string; actors: string[] };

export function markerEvents(events: EventDto[] = listEvents(), from = HISTORY_START, to = "9999-12-31"): MarkerEvent[] {
  return events
    .filter((e) => e.key && MARKER_EVENT_KEYS.includes(e.key) && e.date >= from && e.date <= to)
    .map((e) => ({ key: e.key!, date: e.date, title: e.title, actors: e.actors }));
}

export type CompareData = {
  actors: ActorDto[];
  issues: IssueDto[];
  a: ActorDto;
  b: ActorDto;
  asOf: string;
  asOfB: string;
  cellsA: StanceDto[];
  cellsB: StanceDto[];
};

/** Both actors' stances in force (each on its own date, for the same-actor-at-two-dates comparison). */
export function getCompare({ a, b, asOf, asOfB, lang = "en" }: { a: string; b: string; asOf: string; asOfB: string; lang?: AppLocale }): CompareData | null {
  const actors = listActors(lang);
  const actorA = actors.find((x) => x.code === a);
  const actorB = actors.find((x) => x.code === b);
  if (!actorA || !actorB) return null;
  return {
    actors,
    issues: listIssues(lang),
    a: actorA,
    b: actorB,
    asOf,
    asOfB,
    cellsA: stancesAsOf(asOf, { actor: a, lang }),
    cellsB: stancesAsOf(asOfB, { actor: b, lang }),
  };
}

/** Every stance in force, for the divergence views (heatmap, per-issue bars, spread, blocs). */
/** The positions in force on `asOf` (no evidence: divergence needs positions and salience only), as PairCells. */
export function getDivergenceOverview({ asOf, lang = "en" }: { asOf: string; lang?: AppLocale }) {
  const cells = stancesAsOf(asOf, { evidence: false }).map(({ actor, issue, counterpart, position, salience }) => ({ actor, issue, counterpart, position, salience }));
  return { actors: listActors(lang), issues: listIssues(lang), cells };
}

export type PairTimeline = { a: string; b: string; points: TimelinePoint[] };

/**
 * Divergence over time for several pairs: the histories of the actors involved (positions only, one query per
 * actor), swept once per pair (lib/timeline.ts). Cost follows the number of changes of those actors.
 */
export function getDivergenceTimelines({ pairs, from, to }: { pairs: [string, string][]; from: string; to: string }): PairTimeline[] {
  const histories = new Map<string, StanceDto[]>();
  const historyOf = (actor: string) => {
    let h = histories.get(actor);
    if (!h) histories.set(actor, (h = stanceHistory({ actor, evidence: false })));
    return h;
  };
  const issues = listIssues().map((i) => i.slug);
  return pairs.map(([a, b]) => ({ a, b, points: divergenceTimeline([...historyOf(a), ...historyOf(b)], a, b, issues, { from, to }) }));
}

/** The read API's pair divergence: per-issue gaps and the consultation agenda. */
export function divergenceForApi({ a, b, asOf }: { a: string; b: string; asOf: string }) {
  const cells = stancesAsOf(asOf);
  const issues = listIssues();
  const d = pairDivergence(cells, cells, a, b, issues.map((i) => i.slug));
  return {
    asOf,
    a,
    b,
    value: d.value,
    compared: d.compared,
    issues: d.gaps.map((g) => ({
      issue: g.issue,
      a: g.a,
      b: g.b,
      distance: g.distance,
      weight: g.weight,
      weightedGap: g.weightedGap,
    })),
    agenda: consultationAgenda(d.gaps).map((g) => g.issue),
  };
}

export type IssueSeries = { actor: string; counterpart: string | null; steps: PositionStep[]; stances: StanceDto[] };

/** One issue's whole history, as a step series per actor (and counterpart), plus the markers. */
export function getIssueHistory(slug: string, { from, to, lang = "en" }: { from: string; to: string; lang?: AppLocale }) {
  const history = stanceHistory({ issue: slug, lang });
  const keys = new Map<string, StanceDto[]>();
  for (const s of history) {
    const k = `${s.actor}|${s.counterpart ?? ""}`;
    keys.set(k, [...(keys.get(k) ?? []), s]);
  }
  const series: IssueSeries[] = [...keys.values()].map((list) => ({
    actor: list[0].actor,
    counterpart: list[0].counterpart,
    stances: list,
    steps: positionSteps(list, { from, to }),
  }));
  return { history, series, markers: markerEvents(listEvents(lang), from, to) };
}

export type ActorChange = StanceChange<StanceDto>;

/** An actor's profile: positions in force, nearest and farthest actors, and every change of its stances. */
export function getActorProfile(code: string, { asOf, lang = "en" }: { asOf: string; lang?: AppLocale }) {
  const actors = listActors(lang);
  const actor = actors.find((a) => a.code === code);
  if (!actor) return null;
  const issues = listIssues(lang);
  const cells = stancesAsOf(asOf, { lang });
  const slugs = issues.map((i) => i.slug);
  // This actor against each other one (not every pair of actors: 29 comparisons at 30 actors, not 870).
  const neighbours = actors
    .filter((a) => a.code !== code)
    .map((a) => {
      const d = pairDivergence(cells, cells, code, a.code, slugs);
      return { code: a.code, value: d.value, compared: d.compared };
    });
  const history = stanceHistory({ actor: code, lang });
  return {
    actor,
    actors,
    issues,
    cells: cells.filter((c) => c.actor === code),
    neighbours,
    changes: stanceChanges(history, "0000-01-01", "9999-12-31"),
  };
}

/** Stance changes and events in a window (from, to]. */
export function getChanges({ from, to, lang = "en" }: { from: string; to: string; lang?: AppLocale }) {
  const history = stanceHistory({ lang });
  return {
    actors: listActors(lang),
    issues: listIssues(lang),
    changes: stanceChanges(history, from, to),
    events: listEvents(lang).filter((e) => e.date > from && e.date <= to),
  };
}

/** The newest date in the data (latest stance change or event), for "the last 90 days of data". */
export function getNewestDataDate(): string | null {
  return newestDataDate(stanceHistory(), listEvents().map((e) => e.date));
}

/** The newest stance change (start, or day after an explicit end), for the empty state of "what moved". */
export function getNewestStanceChangeDate(): string | null {
  return newestDataDate(stanceHistory(), []);
}
