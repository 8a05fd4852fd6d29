/**
 * The divergence view's query (`/divergence` and `/embed/divergence` read it alike): as-of date, the pair (a, b),
 * the pairs over time, the alignment issue or cluster and a what-if scenario, each checked against the known codes
 * and slugs (lib/params.ts: bounded, prototype-safe). Pure.
 */
import { CLUSTERS } from "./domain";
import { parseChoice, parseCode, parseDateParam, parsePairs, type Parsed } from "./params";
import { parseScenario } from "./scenario";

export const DEFAULT_PAIRS = "ROK-JPN,USA-JPN,ROK-USA";

type Query = Record<string, string | string[] | undefined>;

export function parseDivergenceQuery(sp: Query, codes: readonly string[], slugs: readonly string[], today: string) {
  // The pair checkboxes submit one `pairs` value each; join them.
  const pairsRaw = Array.isArray(sp.pairs) ? sp.pairs.join(",") : sp.pairs;
  return {
    asOf: parseDateParam("asOf", sp.asOf, today),
    a: parseCode("a", sp.a, codes, "ROK"),
    b: parseCode("b", sp.b, codes, "JPN"),
    pairs: parsePairs("pairs", pairsRaw ?? DEFAULT_PAIRS, codes, 8),
    align: parseChoice("align", sp.align, [...CLUSTERS.map((c) => c.id), ...slugs]),
    scenario: parseScenario(sp.scenario, { actors: codes, issues: slugs }),
  } satisfies Record<string, Parsed<unknown>>;
}
