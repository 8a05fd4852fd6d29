import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { Marker, ScaleDumbbell } from "@/components/compare/ScaleDumbbell";
import { DataText } from "@/components/ui/DataText";
import { EmbedFrame } from "@/components/ui/EmbedFrame";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import * as cached from "@/db/cached";
import { formatDate, todayIso } from "@/lib/dates";
import { sortGaps, type CompareSort } from "@/lib/compare";
import { formatPosition, scaleLabel } from "@/lib/domain";
import { indexCells, pairDivergence, stanceFor } from "@/lib/pairs";
import { parseChoice, parseCode, parseDateParam } from "@/lib/params";
import { ASSUMED_SALIENCE, applyScenario, parseScenario, serializeScenario, type ScenarioEntry } from "@/lib/scenario";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Embed" });
  return { title: t("compareMeta") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Two actors issue by issue, for an iframe: /embed/compare?a=&b=&asOf=&asOfB=&sort=&scenario= (the compare view's
 * query, parsed the same way). Server-rendered, no client code: both positions on each issue's scale, the gap, and
 * the overall salience-weighted divergence; a what-if scenario in the link is applied and said so.
 */
export default async function EmbedComparePage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  const [t, tc, format] = await Promise.all([getTranslations("Embed"), getTranslations("Compare"), getFormatter()]);
  const fixed = (x: number) => format.number(x, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const date = (iso: string) => formatDate(iso, locale);
  const sp = await searchParams;
  const today = todayIso();
  const [actors, issues] = await Promise.all([cached.listActors(locale), cached.listIssues(locale)]);
  const codes = actors.map((x) => x.code);
  const a = parseCode("a", sp.a, codes, codes.includes("ROK") ? "ROK" : codes[0]);
  const b = parseCode("b", sp.b, codes, codes.includes("JPN") ? "JPN" : codes[1]);
  const asOf = parseDateParam("asOf", sp.asOf, today);
  const asOfB = parseDateParam("asOfB", sp.asOfB, asOf.ok ? asOf.value : today);
  const sort = parseChoice("sort", sp.sort, ["gap", "weighted", "cluster"]);
  const scenario = parseScenario(sp.scenario, { actors: codes, issues: issues.map((i) => i.slug) });
  if (!a.ok || !b.ok || !asOf.ok || !asOfB.ok || !sort.ok || !scenario.ok)
    return <ErrorPanel message={[a, b, asOf, asOfB, sort, scenario].map((p) => (p.ok ? "" : p.error)).join(" ").trim()} />;
  if (!a.value || !b.value) return <ErrorPanel title={tc("emptyTitle")} message={t("compareEmpty")} />;

  const [data, horizon] = await Promise.all([cached.getCompare({ a: a.value, b: b.value, asOf: asOf.value, asOfB: asOfB.value, lang: locale }), cached.getCodingHorizon()]);
  const { a: actorA, b: actorB } = data!;
  const self = a.value === b.value;
  const entries: ScenarioEntry[] = self ? [] : scenario.value;
  type Cell = { actor: string; issue: string; counterpart: string | null; position: number | null; salience: number };
  const cell = ({ actor, issue, counterpart, position, salience }: Cell): Cell => ({ actor, issue, counterpart, position, salience });
  const blank = (e: ScenarioEntry): Cell => ({ actor: e.actor, issue: e.issue, counterpart: null, position: e.position, salience: ASSUMED_SALIENCE });
  const cellsA = applyScenario(data!.cellsA.map(cell), entries.filter((e) => e.actor === a.value), blank);
  const cellsB = applyScenario(data!.cellsB.map(cell), entries.filter((e) => e.actor === b.value), blank);
  const slugs = issues.map((i) => i.slug);
  const d = pairDivergence(cellsA, cellsB, a.value, b.value, slugs);
  const ia = indexCells(cellsA);
  const ib = indexCells(cellsB);
  const bySlug = new Map(issues.map((i) => [i.slug, i]));
  const rows = sortGaps(d.gaps, (sort.value ?? "gap") as CompareSort, issues);
  const nameA = self ? tc("nameAtDate", { name: actorA.shortName, date: date(asOf.value) }) : actorA.shortName;
  const nameB = self ? tc("nameAtDate", { name: actorB.shortName, date: date(asOfB.value) }) : actorB.shortName;
  const dates =
    self || asOfB.value !== asOf.value
      ? tc("exportDatesTwo", { a: actorA.shortName, b: actorB.shortName, dateA: date(asOf.value), dateB: date(asOfB.value) })
      : tc("exportDate", { date: date(asOf.value) });
  const pair = tc("pair", { a: nameA, b: nameB });
  const view = new URLSearchParams({ a: a.value, b: b.value, asOf: asOf.value });
  if (sp.asOfB) view.set("asOfB", asOfB.value);
  if (sort.value) view.set("sort", sort.value);
  if (entries.length) view.set("scenario", serializeScenario(entries));

  return (
    <EmbedFrame
      title={tc("exportTitle", { pair })}
      subtitle={`${tc("exportDivergence", { value: d.value === null ? tc("notAvailable") : fixed(d.value), count: d.compared })}, ${dates}${entries.length ? ` · ${t("compareScenario")}` : ""}`}
      asOf={asOf.value}
      horizon={horizon}
      viewHref={`/compare?${view}`}
    >
      <ul className="mb-2 flex flex-wrap gap-x-4 text-xs" aria-label={tc("markers")}>
        <li className="flex items-center gap-1.5">
          <Marker shape="circle" color={actorA.color} /> {nameA}
        </li>
        <li className="flex items-center gap-1.5">
          <Marker shape="diamond" color={actorB.color} /> {nameB}
        </li>
      </ul>
      <ol className="divide-y divide-slate-100" data-testid="gap-rows">
        {rows.map((g) => {
          const issue = bySlug.get(g.issue)!;
          const labels = issue.scale.map((p) => p.label);
          const sa = stanceFor(ia, a.value!, g.issue, b.value!);
          const sb = stanceFor(ib, b.value!, g.issue, a.value!);
          const say = (s: { position: number | null } | null) => (!s || s.position === null ? tc("noPositionLower") : `${formatPosition(s.position)} ${scaleLabel(labels, s.position)}`);
          return (
            <li key={g.issue} className="grid gap-x-3 gap-y-1 py-2 sm:grid-cols-[minmax(0,11rem)_minmax(0,1fr)_5.5rem]" data-testid={`gap-row-${g.issue}`} data-distance={g.distance ?? ""}>
              <p className="text-sm font-medium leading-tight"><DataText text={issue.title} locale={locale} /></p>
              <ScaleDumbbell
                labels={labels}
                a={sa?.position ?? null}
                b={sb?.position ?? null}
                colorA={actorA.color}
                colorB={actorB.color}
                label={tc("dumbbell", { issue: issue.title, a: nameA, positionA: say(sa), b: nameB, positionB: say(sb) })}
              />
              <p className="text-xs tabular-nums text-slate-700">{g.distance === null ? tc("notComparable") : t("compareGap", { points: Math.round(g.distance * 4) })}</p>
            </li>
          );
        })}
      </ol>
    </EmbedFrame>
  );
}
