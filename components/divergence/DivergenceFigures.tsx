import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { groupBlocs, meanPositions, type Placed } from "@/lib/blocs";
import { CHART_MAX_BARS, CLUSTERS, formatPosition, scaleLabel } from "@/lib/domain";
import { formatDate } from "@/lib/dates";
import { indexCells, issueSpread, pairDivergence, pairwiseDivergence, type PairCell } from "@/lib/pairs";
import { divergenceFill, positionFill, positionText } from "@/lib/palette";
import { applyScenario, serializeScenario, type ScenarioEntry } from "@/lib/scenario";
import { DivergenceHeatmap } from "../charts/DivergenceHeatmap";
import { BarList } from "../charts/BarList";
import { clusterNames } from "./clusters";
import { josa } from "@/lib/i18n/josa";


export type DivActor = { code: string; shortName: string; color: string };
export type DivIssue = { slug: string; title: string; cluster: string; labels: string[] };

export type DivergenceFiguresProps = {
  actors: DivActor[];
  issues: DivIssue[];
  /** The stances in force (positions only). */
  cells: PairCell[];
  asOf: string;
  /** The coding horizon, for the exports' source line. */
  horizon: string | null;
  pair: [string, string];
  align: string;
  /** The what-if moves applied to `cells` (none: the coded positions). */
  entries: ScenarioEntry[];
  /** The page's other URL parameters (asOf, a, b, pairs, align), for links that change one of them. */
  params: Record<string, string>;
};

/**
 * Heatmap, per-issue gaps of a pair, issue spread and blocs under a what-if scenario. No state and no directive:
 * the divergence page renders it on the server (the charts get only the values they draw), and the what-if
 * editor, loaded when opened (WhatIf.tsx), renders it again in the browser on every move.
 */
export function DivergenceFigures({ actors, issues, cells, asOf, horizon, pair, align, entries, params }: DivergenceFiguresProps) {
  const t = useTranslations("Divergence");
  const clusterLabel = clusterNames(useTranslations("FigureClusters"));
  const locale = useLocale();
  const date = formatDate(asOf, locale);
  const list = (xs: string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(xs);
  const codes = actors.map((a) => a.code);
  const slugs = issues.map((i) => i.slug);
  const moved = applyScenario(cells, entries);
  const realPairs = entries.length ? pairwiseDivergence(cells, codes, slugs) : null;
  const pairs = pairwiseDivergence(moved, codes, slugs);
  const name = (c: string) => actors.find((a) => a.code === c)?.shortName ?? c;
  const [pa, pb] = pair;
  const d = pairDivergence(moved, moved, pa, pb, slugs);
  const hrefWith = (over: Record<string, string>) => {
    const q = new URLSearchParams({ ...params, ...over });
    if (entries.length) q.set("scenario", serializeScenario(entries));
    return `/divergence?${q}`;
  };
  const scenarioNote = entries.length
    ? t("scenarioNote", { moves: entries.map((e) => t("scenarioMove", { actor: e.actor, issue: issues.find((i) => i.slug === e.issue)?.title ?? e.issue, position: formatPosition(e.position) })).join("; ") })
    : "";
  const scenarioQ = entries.length ? `&scenario=${encodeURIComponent(serializeScenario(entries))}` : "";
  const heat = pairs.map((p) => {
    const r = realPairs?.find((q) => q.a === p.a && q.b === p.b);
    return { ...p, changed: r !== undefined && r.value !== p.value };
  });
  const movedIndex = indexCells(moved);
  const spreads = issues.map((i) => ({ issue: i, spread: issueSpread(movedIndex, codes, i.slug) }));
  // Many issues (a large dataset): each chart shows the largest gaps; its CSV keeps every issue.
  const gapBars = d.gaps.length > CHART_MAX_BARS ? [...d.gaps].sort((x, y) => (y.weightedGap ?? -1) - (x.weightedGap ?? -1)).slice(0, CHART_MAX_BARS) : d.gaps;
  const spreadBars = spreads.length > CHART_MAX_BARS ? [...spreads].sort((x, y) => (y.spread.maxGap ?? -1) - (x.spread.maxGap ?? -1)).slice(0, CHART_MAX_BARS) : spreads;
  const alignIssue = issues.find((i) => i.slug === align);
  const alignCluster = CLUSTERS.find((c) => c.id === align);
  const placed: Placed[] = alignIssue
    ? codes.flatMap((c) => {
        const s = moved.find((x) => x.actor === c && x.issue === alignIssue.slug && x.counterpart === null);
        return s && s.position !== null ? [{ actor: c, position: s.position }] : [];
      })
    : meanPositions(moved, codes, issues.filter((i) => i.cluster === alignCluster?.id).map((i) => i.slug));
  const blocs = groupBlocs(placed);
  const left = codes.filter((c) => !placed.some((p) => p.actor === c));

  return (
    <div className="space-y-4">
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-[auto_minmax(0,1fr)]">
        <section className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 xl:max-w-[36rem]">
          <DivergenceHeatmap
            title={entries.length ? t("heatTitleWhatIf", { date }) : t("heatTitle", { date })}
            note={t("heatNote")}
            actors={actors}
            values={heat}
            compareQuery={`&asOf=${asOf}${scenarioQ}`}
            exportAs={{
              title: t("heatExportTitle"),
              subtitle: t("heatExportSubtitle", { actors: list(actors.map((x) => x.shortName)), date }) + scenarioNote,
              asOf,
              horizon,
              view: "heatmap",
              subject: "all",
            }}
          />
        </section>
        <section className="min-w-0 rounded-lg border border-slate-200 bg-white p-4" aria-label={t("pairSection")}>
          <nav aria-label={t("pairNav")} className="mb-3 flex flex-wrap items-center gap-1.5 text-xs">
            <span className="text-slate-600">{t("pair")}</span>
            {PAIR_SHORTCUTS.filter(([x, y]) => codes.includes(x) && codes.includes(y)).map(([x, y]) => {
              const on = (x === pa && y === pb) || (x === pb && y === pa);
              return (
                <Link
                  key={`${x}-${y}`}
                  href={hrefWith({ a: x, b: y })}
                  scroll={false}
                  aria-current={on ? "true" : undefined}
                  className="rounded-full border border-slate-300 px-2 py-0.5 text-slate-800 hover:bg-slate-100 aria-[current=true]:border-slate-900 aria-[current=true]:bg-slate-900 aria-[current=true]:text-white"
                >
                  {x}–{y}
                </Link>
              );
            })}
          </nav>
          <BarList
            name="pair-issue-gaps"
            title={josa(t("gapTitle", { a: name(pa), b: name(pb) }))}
            note={
              d.value === null
                ? t("gapNone")
                : t("gapNote", { value: d.value.toFixed(2), count: d.compared }) + (gapBars.length < d.gaps.length ? t("gapLargest", { shown: gapBars.length, total: d.gaps.length }) : "")
            }
            bars={gapBars.map((g) => {
              const i = issues.find((x) => x.slug === g.issue)!;
              return {
                key: g.issue,
                label: i.title,
                value: g.distance === null ? null : g.distance * 4,
                color: divergenceFill(Math.max(g.distance ?? 0, 0.3)).fill,
                text: g.distance === null ? "–" : t("gapText", { gap: g.distance * 4, weighted: g.weightedGap!.toFixed(2) }),
                detail: g.distance === null ? t("notComparable") : `${name(pa)} ${formatPosition(g.a!.position)}, ${name(pb)} ${formatPosition(g.b!.position)}`,
              };
            })}
            domain={[0, 4]}
            ticks={[0, 1, 2, 3, 4]}
            valueHeader={t("gapHeader")}
            exportAs={{
              subtitle:
                (d.value === null
                  ? josa(t("gapExportSubtitle", { a: name(pa), b: name(pb), date }))
                  : josa(t("gapExportSubtitleOverall", { a: name(pa), b: name(pb), value: d.value.toFixed(2), count: d.compared, date }))) + scenarioNote,
              asOf,
              horizon,
              view: "divergence",
              subject: `${pa}-${pb}`,
              emptyReason: d.compared === 0 ? t("gapEmpty") : null,
              csv: {
                header: ["as_of", "actor_a", "actor_b", "issue", "issue_title", "position_a", "salience_a", "position_b", "salience_b", "distance", "weight", "weighted_gap"],
                rows: d.gaps.map((g) => [asOf, pa, pb, g.issue, issues.find((x) => x.slug === g.issue)?.title ?? g.issue, g.a?.position ?? null, g.a?.salience ?? null, g.b?.position ?? null, g.b?.salience ?? null, g.distance, g.weight, g.weightedGap]),
              },
            }}
          />
          <p className="mt-2 text-sm">
            <Link href={`/compare?a=${pa}&b=${pb}&asOf=${asOf}${scenarioQ}`} className="text-blue-800 underline">
              {josa(t("compareLink", { a: name(pa), b: name(pb) }))}
            </Link>
          </p>
        </section>
      </div>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <BarList
            name="issue-spread"
            title={t("spreadTitle")}
            note={t("spreadNote") + (spreadBars.length < spreads.length ? t("spreadWidest", { shown: spreadBars.length, total: spreads.length }) : "")}
            bars={spreadBars.map(({ issue, spread }) => ({
              key: issue.slug,
              label: issue.title,
              value: spread.maxGap,
              color: divergenceFill(Math.max((spread.maxGap ?? 0) / 4, 0.3)).fill,
              text: spread.maxGap === null ? "–" : String(spread.maxGap),
              detail: spread.pair ? t("versus", { a: name(spread.pair[0]), b: name(spread.pair[1]) }) : t("fewerThanTwo"),
            }))}
            domain={[0, 4]}
            ticks={[0, 1, 2, 3, 4]}
            valueHeader={t("spreadHeader")}
            exportAs={{
              subtitle: t("spreadExportSubtitle", { actors: list(actors.map((x) => x.shortName)), date }) + scenarioNote,
              asOf,
              horizon,
              view: "issue-spread",
              subject: "all",
              csv: {
                header: ["as_of", "issue", "issue_title", "max_gap", "actor_low", "actor_high"],
                rows: spreads.map(({ issue, spread }) => [asOf, issue.slug, issue.title, spread.maxGap, spread.pair?.[0] ?? null, spread.pair?.[1] ?? null]),
              },
            }}
          />
        </section>
        <section aria-labelledby="blocs-h" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="blocs">
          <h3 id="blocs-h" className="text-sm font-semibold">
            {alignIssue ? t("alignIssue", { title: alignIssue.title }) : t("alignCluster", { cluster: clusterLabel(align) })}
          </h3>
          <p className="mt-0.5 text-xs text-slate-600">
            {t("blocsNote")}
            {alignCluster && t("blocsClusterNote")}
          </p>
          <nav aria-label={t("blocsNav")} className="mt-2 flex flex-wrap gap-1.5 text-xs">
            {[...CLUSTERS.map((c) => ({ id: c.id as string, label: clusterLabel(c.id) })), ...issues.map((i) => ({ id: i.slug, label: i.title }))].map((o) => (
              <Link
                key={o.id}
                href={`${hrefWith({ align: o.id })}#blocs-h`}
                scroll={false}
                aria-current={align === o.id ? "true" : undefined}
                className="rounded-full border border-slate-300 px-2 py-0.5 text-slate-800 hover:bg-slate-100 aria-[current=true]:border-slate-900 aria-[current=true]:bg-slate-900 aria-[current=true]:text-white"
              >
                {o.label}
              </Link>
            ))}
          </nav>
          {blocs.length === 0 ? (
            <p className="mt-3 text-sm italic text-slate-600">{t("blocsEmpty")}</p>
          ) : (
            <ol className="mt-3 flex flex-wrap gap-2" aria-label={t("blocsList")}>
              {blocs.map((bloc, n) => (
                <li key={n} className="min-w-36 flex-1 rounded-md border border-slate-200 p-2" data-testid="bloc">
                  <p className="text-xs font-medium text-slate-600">
                    {t("bloc", { n: n + 1 })}{" "}
                    <span className="tabular-nums">{bloc.max !== bloc.min ? t("blocRange", { min: fmt(bloc.min), max: fmt(bloc.max) }) : fmt(bloc.min)}</span>
                  </p>
                  <ul className="mt-1 space-y-1">
                    {bloc.members.map((m) => {
                      const actor = actors.find((a) => a.code === m.actor)!;
                      const rounded = Math.round(m.position);
                      return (
                        <li key={m.actor} className="flex items-center gap-1.5 text-sm">
                          <span aria-hidden className="inline-block h-2.5 w-2.5 shrink-0 rounded-full" style={{ backgroundColor: actor.color }} />
                          <span className="font-medium">{actor.shortName}</span>
                          <span className="rounded px-1 text-xs tabular-nums ring-1 ring-inset ring-black/10" style={{ backgroundColor: positionFill(rounded), color: positionText(rounded) }}>
                            {fmt(m.position)}
                          </span>
                          {alignIssue && <span className="truncate text-xs text-slate-600">{scaleLabel(alignIssue.labels, m.position)}</span>}
                        </li>
                      );
                    })}
                  </ul>
                </li>
              ))}
            </ol>
          )}
          {left.length > 0 && (
            <p className="mt-2 text-xs text-slate-600">
              {alignIssue ? t("withoutIssue", { actors: list(left.map(name)) }) : t("withoutCluster", { actors: list(left.map(name)) })}
            </p>
          )}
        </section>
      </div>
    </div>
  );
}

const PAIR_SHORTCUTS: [string, string][] = [
  ["ROK", "JPN"],
  ["USA", "JPN"],
  ["ROK", "USA"],
  ["USA", "DPRK"],
  ["ROK", "DPRK"],
  ["JPN", "DPRK"],
  ["CHN", "USA"],
  ["CHN", "RUS"],
];

function fmt(v: number) {
  return Number.isInteger(v) ? formatPosition(v) : (v > 0 ? "+" : "") + v.toFixed(1);
}
