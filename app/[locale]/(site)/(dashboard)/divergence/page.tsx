import type { Metadata } from "next";
import { AsOfControl } from "@/components/matrix/AsOfControl";
import { PairTimelineChart } from "@/components/charts/PairTimelineChart";
import { ClientMessages } from "@/i18n/client";
import { DivergenceFigures } from "@/components/divergence/DivergenceFigures";
import { WhatIf } from "@/components/divergence/WhatIf";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { Glossary } from "@/components/ui/Glossary";
import { HorizonNotice } from "@/components/ui/HorizonNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { HISTORY_START, markerEvents } from "@/db/queries/divergence";
import { CLUSTERS } from "@/lib/domain";
import { formatDate, todayIso } from "@/lib/dates";
import { parseChoice, parseCode, parseDateParam, parsePairs } from "@/lib/params";
import { parseScenario, serializeScenario } from "@/lib/scenario";
import * as cached from "@/db/cached";
import { thinTimeline } from "@/lib/timeline";

export const metadata: Metadata = { title: "Divergence" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const DEFAULT_PAIRS = "ROK-JPN,USA-JPN,ROK-USA";

export default async function DivergencePage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const today = todayIso();
  const actors = await cached.listActors();
  const issues = await cached.listIssues();
  const codes = actors.map((a) => a.code);
  const slugs = issues.map((i) => i.slug);
  const asOf = parseDateParam("asOf", sp.asOf, today);
  const a = parseCode("a", sp.a, codes, "ROK");
  const b = parseCode("b", sp.b, codes, "JPN");
  // The pair checkboxes submit one `pairs` value each; join them.
  const pairsRaw = Array.isArray(sp.pairs) ? sp.pairs.join(",") : sp.pairs;
  const pairs = parsePairs("pairs", pairsRaw ?? DEFAULT_PAIRS, codes, 8);
  const align = parseChoice("align", sp.align, [...CLUSTERS.map((c) => c.id), ...slugs]);
  const scenario = parseScenario(sp.scenario, { actors: codes, issues: slugs });
  const samePair = a.ok && b.ok && a.value === b.value ? { ok: false as const, error: "a and b must be two different actors." } : { ok: true as const };
  const failed = [asOf, a, b, pairs, align, scenario, samePair].filter((p) => !p.ok);
  if (failed.length || !asOf.ok || !a.ok || !b.ok || !pairs.ok || !align.ok || !scenario.ok)
    return (
      <div className="space-y-4">
        <PageHeader title="Divergence" />
        <ErrorPanel message={failed.map((p) => (p.ok ? "" : p.error)).join(" ")} back={{ href: "/divergence", label: "Show divergence as of today" }} />
      </div>
    );

  const view = (await cached.getDivergenceOverview(asOf.value)).cells;
  const pairList = pairs.value ?? [];
  const to = today;
  const timelines = (await cached.getDivergenceTimelines({ pairs: pairList, from: HISTORY_START, to })).map((t) => ({ ...t, points: thinTimeline(t.points) }));
  const [events, horizon] = await Promise.all([cached.listEvents(), cached.getCodingHorizon()]);
  const names = Object.fromEntries(actors.map((x) => [x.code, x.shortName]));
  const params: Record<string, string> = { asOf: asOf.value, a: a.value!, b: b.value!, pairs: pairList.map((p) => p.join("-")).join(","), align: align.value ?? "sanctions-relief" };
  const allPairs = codes.flatMap((x, i) => codes.slice(i + 1).map((y) => `${x}-${y}`));
  const chosen = new Set(pairList.flatMap(([x, y]) => [`${x}-${y}`, `${y}-${x}`]));

  return (
    <div className="space-y-4">
      <PageHeader
        title="Divergence"
        eyebrow="Who stands apart, on what, and since when"
        share={{ path: "/divergence", pinned: params, embed: { kind: "divergence" } }}
      >
        <p>
          Salience-weighted divergence between actors as of {formatDate(asOf.value)}: 0 means the same positions on every
          compared issue, 1 opposite poles. Issues without a stated position on one side are left out.
        </p>
      </PageHeader>
      <HorizonNotice horizon={horizon} asOf={asOf.value} />
      <AsOfControl
        action="/divergence"
        asOf={asOf.value}
        today={today}
        events={events}
        params={{ a: params.a, b: params.b, pairs: params.pairs, align: params.align, scenario: scenario.value.length ? serializeScenario(scenario.value) : undefined }}
      />
      <Glossary />
      {/* The figures' links are next-intl's (they also render inside the client what-if view): locale from here. */}
      <ClientMessages namespaces={[]}>
      <WhatIf key={`${asOf.value}|${serializeScenario(scenario.value)}`} asOf={asOf.value} horizon={horizon} pair={[a.value!, b.value!]} align={params.align} initialScenario={scenario.value} params={params}>
        <DivergenceFigures
          actors={actors.map((x) => ({ code: x.code, shortName: x.shortName, color: x.color }))}
          issues={issues.map((i) => ({ slug: i.slug, title: i.title, cluster: i.cluster, labels: i.scale.map((p) => p.label) }))}
          cells={view}
          asOf={asOf.value}
          horizon={horizon}
          pair={[a.value!, b.value!]}
          align={params.align}
          entries={scenario.value}
          params={params}
        />
      </WhatIf>
      </ClientMessages>
      <section aria-labelledby="over-time-h" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="over-time-h" className="sr-only">
          Divergence over time
        </h2>
        <PairTimelineChart
          title={`Divergence over time, ${formatDate(HISTORY_START)} to ${formatDate(to)}`}
          pairs={timelines}
          names={names}
          markers={markerEvents(events, HISTORY_START, to)}
          from={HISTORY_START}
          to={to}
          exportAs={{ horizon }}
        />
        <form key={params.pairs} action="/divergence" method="get" className="no-print mt-3 border-t border-slate-100 pt-3">
          {Object.entries(params)
            .filter(([k]) => k !== "pairs")
            .map(([k, v]) => (
              <input key={k} type="hidden" name={k} value={v} />
            ))}
          {scenario.value.length > 0 && <input type="hidden" name="scenario" value={serializeScenario(scenario.value)} />}
          {allPairs.length <= 45 ? (
            <fieldset>
              <legend className="text-xs font-medium text-slate-700">Pairs on the chart (up to 8); the what-if scenario does not change history</legend>
              <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                {allPairs.map((p) => (
                  <label key={p} className="flex items-center gap-1 text-sm">
                    <input type="checkbox" name="pairs" value={p} defaultChecked={chosen.has(p)} />
                    {p.split("-").map((c) => names[c]).join(" – ")}
                  </label>
                ))}
              </div>
            </fieldset>
          ) : (
            <div>
              <label htmlFor="pairs-input" className="block text-xs font-medium text-slate-700">
                Pairs on the chart (up to 8, e.g. ROK-JPN,USA-JPN); the what-if scenario does not change history
              </label>
              <input id="pairs-input" name="pairs" defaultValue={params.pairs} className="mt-1 w-full max-w-xl rounded border border-slate-300 px-2 py-1.5 font-mono text-sm" />
              <p className="mt-1 text-xs text-slate-600">Actor codes: {codes.join(", ")}.</p>
            </div>
          )}
          <button type="submit" className="mt-2 rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
            Update chart
          </button>
        </form>
      </section>
    </div>
  );
}
