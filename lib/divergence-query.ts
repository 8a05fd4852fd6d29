/**
 * The divergence view's query (`/divergence` and `/embed/divergence` read it alike): as-of date, the pair (a, b),
 * the pairs over time, the alignment issue or cluster, a what-if scenario, and the chart over time's range
 * (`from`, `to`) and marked events (`events`), each checked against the known codes, slugs and event keys
 * (lib/params.ts, lib/periods.ts: bounded, prototype-safe). Pure.
 */
import { CLUSTERS } from "./domain";
import { parseChoice, parseCode, parseDateParam, parsePairs, type Parsed } from "./params";
import { HISTORY_START, MARKER_EVENT_KEYS, parseEventKeys, parseRange } from "./periods";
import { parseScenario } from "./scenario";

export const DEFAULT_PAIRS = "ROK-JPN,USA-JPN,ROK-USA";

type Query = Record<string, string | string[] | undefined>;

/** `eventKeys`: the keys of the known events (those that can be marked on the chart over time). */
export function parseDivergenceQuery(sp: Query, codes: readonly string[], slugs: readonly string[], today: string, eventKeys: readonly string[] = []) {
  // The pair checkboxes submit one `pairs` value each; join them.
  const pairsRaw = Array.isArray(sp.pairs) ? sp.pairs.join(",") : sp.pairs;
  return {
    asOf: parseDateParam("asOf", sp.asOf, today),
    a: parseCode("a", sp.a, codes, "ROK"),
    b: parseCode("b", sp.b, codes, "JPN"),
    pairs: parsePairs("pairs", pairsRaw ?? DEFAULT_PAIRS, codes, 8),
    align: parseChoice("align", sp.align, [...CLUSTERS.map((c) => c.id), ...slugs]),
    scenario: parseScenario(sp.scenario, { actors: codes, issues: slugs }),
    range: parseRange(sp.from, sp.to, { from: HISTORY_START, today }),
    events: parseEventKeys(sp.events, eventKeys, MARKER_EVENT_KEYS),
  } satisfies Record<string, Parsed<unknown>>;
}
