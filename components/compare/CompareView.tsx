"use client";
import { Link } from "@/i18n/navigation";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { sortGaps, unpackStance, type CompareSort, type CompareStance, type PackedStance } from "@/lib/compare";
import { consultationAgenda } from "@/lib/divergence";
import { formatPosition, isUnsourced, scaleLabel } from "@/lib/domain";
import { formatDate } from "@/lib/dates";
import type { ActorRef } from "@/lib/dto";
import type { AppLocale } from "@/lib/i18n/paths";
import { indexCells, pairDivergence, stanceFor } from "@/lib/pairs";
import { applyScenario, serializeScenario, type ScenarioCell, type ScenarioEntry } from "@/lib/scenario";
import { issueHref } from "@/lib/nav-context";
import type { ChartExportProps } from "../export/ChartExportMenu";
import { LazyExportButton } from "../export/LazyExportButton";
import { compareSvgLabels, type FigureT } from "../export/figure-labels";
import { ScenarioEditor } from "../scenario/ScenarioEditor";
import { DataText } from "../ui/DataText";
import { markColors, Marker, ScaleDumbbell } from "./ScaleDumbbell";
import { PublishedLaterMark, StanceNoteText, UnsourcedMark } from "../stances/EvidenceList";
import { useScenarioUrl } from "../scenario/useScenarioUrl";

/** An issue of the comparison, its texts in the page's language (title, cluster name, scale labels). */
export type CompareIssue = { slug: string; title: string; cluster: string; clusterLabel: string; labels: string[] };

type T = ReturnType<typeof useTranslations<"CompareView">>;

/**
 * The side-by-side comparison; recomputes in the browser when a what-if scenario moves a position. Texts from the
 * catalogue "CompareView" (the server parent provides it; the page's own texts stay in "Compare", so they are not
 * sent twice), dates and figures in the page's language. The stances come as tuples (lib/compare.ts: packStance)
 * and the rows use the short classes of app/views-lean.css: rendered on the server, this component's props are
 * the page's payload, and its markup is repeated on every issue row.
 */
export function CompareView({
  issues,
  a,
  b,
  cellsA: packedA,
  cellsB: packedB,
  notes,
  asOf,
  asOfB,
  horizon,
  sort,
  initialScenario,
  params,
}: {
  issues: CompareIssue[];
  a: ActorRef;
  b: ActorRef;
  cellsA: PackedStance[];
  cellsB: PackedStance[];
  /** The distinct coder's notes the stances refer to (lib/compare.ts: packStances). */
  notes: string[];
  asOf: string;
  asOfB: string;
  /** The coding horizon, for the export's source line. */
  horizon: string | null;
  sort: CompareSort;
  initialScenario: ScenarioEntry[];
  /** The other URL parameters (a, b, asOf, asOfB) for the sort links. */
  params: Record<string, string>;
}) {
  const t = useTranslations("CompareView");
  const locale = useLocale();
  const format = useFormatter();
  const fixed = (x: number) => format.number(x, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const sorts: { id: CompareSort; label: string }[] = [
    { id: "gap", label: t("sortGap") },
    { id: "weighted", label: t("sortWeighted") },
    { id: "cluster", label: t("sortCluster") },
  ];
  const self = a.code === b.code;
  const [entries, setEntries] = useState<ScenarioEntry[]>(self ? [] : initialScenario);
  useScenarioUrl(entries);
  const slugs = useMemo(() => issues.map((i) => i.slug), [issues]);
  const cellsA = useMemo(() => packedA.map((p) => unpackStance(p, notes)), [packedA, notes]);
  const cellsB = useMemo(() => packedB.map((p) => unpackStance(p, notes)), [packedB, notes]);

  const real = useMemo(() => pairDivergence(cellsA, cellsB, a.code, b.code, slugs), [cellsA, cellsB, a.code, b.code, slugs]);
  const movedA = useMemo(() => applyScenario(cellsA, entries.filter((e) => e.actor === a.code), (e) => blank(e)), [cellsA, entries, a.code]);
  const movedB = useMemo(() => applyScenario(cellsB, entries.filter((e) => e.actor === b.code), (e) => blank(e)), [cellsB, entries, b.code]);
  const d = useMemo(() => pairDivergence(movedA, movedB, a.code, b.code, slugs), [movedA, movedB, a.code, b.code, slugs]);
  const agenda = consultationAgenda(d.gaps, 5);
  const ia = indexCells(movedA);
  const ib = indexCells(movedB);
  const realIa = indexCells(cellsA);
  const realIb = indexCells(cellsB);
  const issueBySlug = new Map(issues.map((i) => [i.slug, i]));
  const rows = sortGaps(d.gaps, sort, issues);
  const scenarioActive = !self && entries.length > 0;
  const dateA = formatDate(asOf, locale);
  const dateB = formatDate(asOfB, locale);
  const nameA = self ? t("nameAtDate", { name: a.shortName, date: dateA }) : a.shortName;
  const nameB = self ? t("nameAtDate", { name: b.shortName, date: dateB }) : b.shortName;
  const pair = t("pair", { a: nameA, b: nameB });
  const list = (items: string[]) => format.list(items, { type: "conjunction" });
  const sortHref = (s: CompareSort) => {
    const q = new URLSearchParams(params);
    if (s !== "gap") q.set("sort", s);
    if (entries.length && !self) q.set("scenario", serializeScenario(entries));
    return `/compare?${q}`;
  };
  const notCompared = d.gaps.filter((g) => g.distance === null).length;

  return (
    <div className="space-y-4">
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)]">
        <section aria-labelledby="overall-h" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="overall-h" className="text-sm font-semibold uppercase tracking-wide text-slate-600">
            {t("overall")}
          </h2>
          {d.value === null ? (
            <p className="mt-2 text-slate-700" data-testid="overall-divergence" data-value="">
              {t.rich("noComparable", { strong: (chunks) => <strong>{chunks}</strong>, date: self ? t("theseDates") : dateA, pair })}
            </p>
          ) : (
            <>
              <p className="mt-1 flex items-baseline gap-3">
                <span className="text-4xl font-semibold tabular-nums" data-testid="overall-divergence" data-value={d.value.toFixed(4)}>
                  {fixed(d.value)}
                </span>
                {scenarioActive && real.value !== null && (
                  <span className="text-sm text-indigo-800" data-testid="scenario-delta">
                    {t("scenarioDelta", { coded: fixed(real.value), delta: `${d.value - real.value >= 0 ? "+" : "−"}${fixed(Math.abs(d.value - real.value))}` })}
                  </span>
                )}
              </p>
              <p className="mt-1 text-sm text-slate-600">
                {t("overallText", { count: d.compared })}
                {notCompared > 0 && ` ${t("leftOut", { count: notCompared })}`}
              </p>
            </>
          )}
          <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t("markers")}>
            <li className="flex items-center gap-1.5">
              <Marker shape="circle" color={a.color} /> {nameA}
            </li>
            <li className="flex items-center gap-1.5">
              <Marker shape="diamond" color={b.color} /> {nameB}
            </li>
          </ul>
          {!self && (
            <p className="mt-3 text-sm">
              <Link href={`/divergence?${new URLSearchParams({ a: a.code, b: b.code, asOf })}`} className="text-blue-800 underline">
                {t("divergenceLink", { pair })}
              </Link>{" "}
              <span className="text-slate-600">{t("divergenceLinkNote")}</span>
            </p>
          )}
        </section>
        <section aria-labelledby="agenda-h" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="agenda-h" className="text-sm font-semibold uppercase tracking-wide text-slate-600">
            {t("agenda")}
          </h2>
          <p className="mt-0.5 text-xs text-slate-600">{t("agendaText")}</p>
          {agenda.length === 0 ? (
            <p className="mt-2 text-sm italic text-slate-600">{t("agendaEmpty")}</p>
          ) : (
            <ol className="mt-2 space-y-1" data-testid="agenda">
              {agenda.map((g, n) => (
                <li key={g.issue} className="flex flex-wrap items-baseline gap-x-2 text-sm">
                  <span className="w-4 shrink-0 text-right font-semibold tabular-nums text-slate-500">{n + 1}</span>
                  <a href={`#row-${g.issue}`} className="font-medium text-blue-800 underline">
                    <DataText text={issueBySlug.get(g.issue)?.title ?? g.issue} locale={locale} />
                  </a>
                  <span className="basis-full pl-6 text-xs text-slate-600 sm:basis-auto sm:pl-0">
                    {t("agendaGap", { points: Math.round(g.distance! * 4), weighted: fixed(g.weightedGap!) })}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>

      {!self ? (
        <ScenarioEditor
          actors={[a, b]}
          issues={issues}
          entries={entries}
          onChange={setEntries}
          real={(actor, issue) => stanceFor(actor === a.code ? realIa : realIb, actor, issue, actor === a.code ? b.code : a.code)?.position ?? null}
        />
      ) : null}

      <section aria-labelledby="rows-h" className="rounded-lg border border-slate-200 bg-white">
        <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-4 py-3">
          <h2 id="rows-h" className="font-semibold">
            {t("rows")}
          </h2>
          <div className="flex flex-wrap items-start gap-3">
          <nav aria-label={t("sortLabel")} className="flex flex-wrap items-center gap-1 text-sm">
            <span className="mr-1 text-xs text-slate-600">{t("sortBy")}</span>
            {sorts.map((s) => (
              <Link
                key={s.id}
                href={sortHref(s.id)}
                aria-current={sort === s.id ? "true" : undefined}
                scroll={false}
                className="rounded-full border border-slate-300 px-2.5 py-0.5 text-slate-800 hover:bg-slate-100 aria-[current=true]:border-slate-900 aria-[current=true]:bg-slate-900 aria-[current=true]:text-white"
              >
                {s.label}
              </Link>
            ))}
          </nav>
          <CompareExport
            label={t("exportLabel", { pair })}
            title={t("exportTitle", { pair })}
            subtitle={[
              t("exportDivergence", { value: d.value === null ? t("notAvailable") : fixed(d.value), count: d.compared }),
              self
                ? t("exportDatesSelf", { dateA, dateB })
                : asOfB !== asOf
                  ? t("exportDatesTwo", { a: a.shortName, b: b.shortName, dateA, dateB })
                  : t("exportDate", { date: dateA }),
              ...(scenarioActive
                ? [
                    t("exportScenario", {
                      moves: list(entries.map((e) => t("exportMove", { actor: e.actor, issue: issueBySlug.get(e.issue)?.title ?? e.issue, position: formatPosition(e.position) }))),
                    }),
                  ]
                : []),
            ].join(" · ")}
            asOf={asOf}
            horizon={horizon}
            view="compare"
            subject={self ? `${a.code}-${asOfB}` : `${a.code}-${b.code}`}
            legend={[
              { kind: "swatch", label: t("legendCircle", { name: nameA }), fill: a.color, stroke: a.color },
              { kind: "swatch", label: t("legendSquare", { name: nameB }), fill: b.color, stroke: b.color },
            ]}
            note={agenda.length ? t("exportAgenda", { issues: list(agenda.map((g) => issueBySlug.get(g.issue)?.title ?? g.issue)) }) : t("exportNoAgenda")}
            height="fit"
            emptyReason={d.compared === 0 ? t("exportEmpty") : null}
            detailsOption
            body={async ({ details }) => {
              const [{ compareFigure }, { createTranslator }, messages] = await Promise.all([
                import("@/lib/export/compare-svg"),
                import("next-intl"),
                // The figure's texts: the Export catalogue, as the Export menu has it (with its code, not in the page).
                locale === "ko" ? import("@/messages/ko/export.json") : import("@/messages/en/export.json"),
              ]);
              const tExport = createTranslator({ locale, messages: messages.default, namespace: "Export" }) as unknown as FigureT;
              const side = (s: CompareStance | null) => {
                const ev = s && s.id > 0 ? s.evidence[0] : undefined;
                return s && s.id > 0 ? { summary: s.summary || null, source: ev ? [ev.publisher, ev.date].filter(Boolean).join(", ") : null } : null;
              };
              return compareFigure(
                { code: a.code, shortName: nameA, color: a.color },
                { code: b.code, shortName: nameB, color: b.color },
                rows.map((g) => issueBySlug.get(g.issue)!),
                d.gaps,
                details ? new Map(rows.map((g) => [g.issue, { a: side(stanceFor(ia, a.code, g.issue, b.code)), b: side(stanceFor(ib, b.code, g.issue, a.code)) }])) : undefined,
                compareSvgLabels(tExport, locale),
              );
            }}
            csv={{
              header: ["as_of", "actor_a", "actor_b", "issue", "issue_title", "position_a", "salience_a", "unsourced_a", "position_b", "salience_b", "unsourced_b", "distance", "weight", "weighted_gap"],
              rows: d.gaps.map((g) => {
                const sa = stanceFor(ia, a.code, g.issue, b.code);
                const sb = stanceFor(ib, b.code, g.issue, a.code);
                const unsourced = (s: CompareStance | null) => (s && s.id > 0 ? (isUnsourced({ position: s.position, evidenceCount: s.evidenceCount }) ? "yes" : "no") : null);
                return [asOf, a.code, b.code, g.issue, issueBySlug.get(g.issue)?.title ?? g.issue, g.a?.position ?? null, g.a?.salience ?? null, unsourced(sa), g.b?.position ?? null, g.b?.salience ?? null, unsourced(sb), g.distance, g.weight, g.weightedGap];
              }),
            }}
          />
          </div>
        </div>
        <ol className="cv-rows" data-testid="gap-rows" style={markColors(a.color, b.color)}>
          {rows.map((g, n) => {
            const issue = issueBySlug.get(g.issue)!;
            const sa = stanceFor(ia, a.code, g.issue, b.code) as ScenarioCell<CompareStance> | null;
            const sb = stanceFor(ib, b.code, g.issue, a.code) as ScenarioCell<CompareStance> | null;
            const showCluster = sort === "cluster" && (n === 0 || issueBySlug.get(rows[n - 1].issue)!.cluster !== issue.cluster);
            return (
              <li key={g.issue} id={`row-${g.issue}`} data-testid={`gap-row-${g.issue}`} data-distance={g.distance ?? ""}>
                {showCluster && <p>{issue.clusterLabel}</p>}
                <div>
                  <div>
                    <h3>
                      <Link href={issueHref(issue.slug, asOf)} prefetch={false}>
                        <DataText text={issue.title} locale={locale} />
                      </Link>
                    </h3>
                    {sort !== "cluster" && <p>{issue.clusterLabel}</p>}
                  </div>
                  <ScaleDumbbell
                    labels={issue.labels}
                    a={sa?.position ?? null}
                    b={sb?.position ?? null}
                    ghostA={sa?.scenario ? sa.scenario.from : undefined}
                    ghostB={sb?.scenario ? sb.scenario.from : undefined}
                    label={t("dumbbell", { issue: issue.title, a: nameA, positionA: describe(t, issue.labels, sa), b: nameB, positionB: describe(t, issue.labels, sb) })}
                  />
                  <dl>
                    <div>
                      <dt>{t("gap")}</dt>
                      <dd data-testid="gap-points">{g.distance === null ? t("notComparable") : t("gapPoints", { points: Math.round(g.distance * 4) })}</dd>
                    </div>
                    <div>
                      <dt>{t("weighted")}</dt>
                      <dd>{g.weightedGap === null ? "–" : fixed(g.weightedGap)}</dd>
                    </div>
                    <div>
                      <dt>{t("salience")}</dt>
                      <dd data-testid="salience">
                        <span>{`${nameA} ${sa ? sa.salience : "–"},`}</span> <span>{`${nameB} ${sb ? sb.salience : "–"}`}</span>
                      </dd>
                    </div>
                  </dl>
                </div>
                <div>
                  <StanceNote t={t} locale={locale} who={nameA} shape="circle" stance={sa} labels={issue.labels} issue={issue.slug} issueTitle={issue.title} asOf={asOf} side="a" />
                  <StanceNote t={t} locale={locale} who={nameB} shape="diamond" stance={sb} labels={issue.labels} issue={issue.slug} issueTitle={issue.title} asOf={asOfB} side="b" />
                </div>
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}

const loadExportMenu = () => import("../export/ChartExportMenu").then((m) => m.ChartExportMenu);

/**
 * The comparison's Export button, as ChartExport but with its three texts from this view's catalogue, so the page
 * needs no "Chart" texts; the menu with its own texts loads when the button is pressed.
 */
function CompareExport(props: ChartExportProps) {
  const t = useTranslations("CompareView");
  const locale = useLocale() as AppLocale;
  return (
    <LazyExportButton
      text={t("exportButton")}
      label={t("exportButtonLabel", { label: props.label })}
      loadFailed={t("exportLoadFailed")}
      load={loadExportMenu}
      props={{ ...props, locale }}
    />
  );
}

function blank(e: ScenarioEntry): CompareStance {
  return { id: -1, actor: e.actor, issue: e.issue, counterpart: null, position: e.position, salience: 3, confidence: "low", summary: "", note: null, validFrom: "", evidenceCount: 0, evidence: [] };
}

function describe(t: T, labels: string[], s: { position: number | null } | null) {
  if (!s || s.position === null) return t("noPositionLower");
  return `${formatPosition(s.position)} ${scaleLabel(labels, s.position)}`;
}

function StanceNote({
  t,
  locale,
  who,
  shape,
  stance,
  labels,
  issue,
  issueTitle,
  asOf,
  side,
}: {
  t: T;
  locale: "en" | "ko";
  side: "a" | "b";
  who: string;
  /** The date this side is shown at: evidence published after it is marked "published later". */
  asOf: string;
  issueTitle: string;
  shape: "circle" | "diamond";
  stance: ScenarioCell<CompareStance> | null;
  labels: string[];
  issue: string;
}) {
  if (!stance)
    return (
      <div className="cv-none" data-testid={`stance-${side}`}>
        <Marker shape={shape} />
        <p>{t("noPositionOf", { who })}</p>
      </div>
    );
  const low = stance.confidence === "low" && stance.id > 0;
  return (
    <div className={low ? "cv-low" : undefined} data-testid={`stance-${side}`}>
      <Marker shape={shape} />
      <div>
        <p>
          <b>{who}</b>: <span>{formatPosition(stance.position)}</span> {stance.position === null ? t("none") : <DataText text={scaleLabel(labels, stance.position)} locale={locale} />}
          {stance.scenario && <em>{stance.scenario.from !== null ? t("whatIfCoded", { position: formatPosition(stance.scenario.from) }) : t("whatIfAssumed")}</em>}
          {low && <mark>{t("lowConfidence")}</mark>}
        </p>
        {stance.id > 0 && (
          <>
            <p>
              <DataText text={stance.summary} locale={locale} />
            </p>
            <StanceNoteText note={stance.note} />
            <p className="cv-src">
              {t("since", { date: formatDate(stance.validFrom, locale) })}{" "}
              {isUnsourced({ position: stance.position, evidenceCount: stance.evidenceCount }) && <UnsourcedMark />}
              {stance.evidence.map((e, i) => (
                <span key={i} data-testid="evidence-ref">
                  {i > 0 && "; "}
                  {e.url ? (
                    <a href={e.url} target="_blank" rel="noopener noreferrer nofollow">
                      <span lang="en">{e.publisher}</span>, {formatDate(e.date, locale)}
                    </a>
                  ) : (
                    <span>
                      <span lang="en">{e.publisher}</span>, {formatDate(e.date, locale)}
                    </span>
                  )}
                  <PublishedLaterMark date={e.date} asOf={asOf} />
                </span>
              ))}
              {" · "}
              <Link href={issueHref(issue, asOf, stance.id)} prefetch={false} aria-label={t("allEvidenceLabel", { who, issue: issueTitle })}>
                {t("allEvidence")}
              </Link>
            </p>
          </>
        )}
      </div>
    </div>
  );
}
