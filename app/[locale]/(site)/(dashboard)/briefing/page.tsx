import { ShareButton } from "@/components/ui/ShareButton";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/i18n/client";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { localizeHref } from "@/lib/i18n/paths";
import { FIGURE_NAMESPACES } from "@/components/charts/namespaces";
import { clusterNames } from "@/components/divergence/clusters";
import { exportSource } from "@/components/export/source";
import { compareSvgLabels, matrixLegendItems as legendOfMatrix, matrixSvgLabels } from "@/components/export/figure-labels";
import { FramedFigure } from "@/components/briefing/FramedFigure";
import { PrintButton } from "@/components/briefing/PrintButton";
import { ConfidenceTag } from "@/components/stances/ConfidenceTag";
import { EvidenceList, StanceNoteText, UnsourcedMark } from "@/components/stances/EvidenceList";
import { HorizonNotice } from "@/components/ui/HorizonNotice";
import { PositionBadge } from "@/components/stances/PositionBadge";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { matrixCsvRows, STANCES_CSV_HEADER } from "@/db/queries/api";
import { type ActorDto } from "@/db/queries/reference";
import type { StanceDto } from "@/lib/dto";
import { resolveAsOf } from "@/lib/asof";
import { addDays, formatDate, todayIso } from "@/lib/dates";
import { consultationAgenda } from "@/lib/divergence";
import { formatPosition, isUnsourced, scaleLabel } from "@/lib/domain";
import { ACTOR_PALETTE } from "@/lib/palette";
import { BRIEFING_VIEWS, briefingQuery, DEFAULT_TITLE, MIN_PRINT_PX, monthlyDates, PACK_PRINT, paginate, parseBriefing, printScale, type Briefing } from "@/lib/export/briefing";
import { compareFigure, compareLegend } from "@/lib/export/compare-svg";
import { frameFonts, frameInner, frameSvg, SLIDE, sideBySide } from "@/lib/export/frame";
import { heatmapFigure, heatmapLegend } from "@/lib/export/heatmap-svg";
import { groupByCluster, matrixBody } from "@/lib/export/matrix-svg";
import { divergenceGrid, formatDivergence, pairDivergence } from "@/lib/export/pairs";
import { trendBody, type TrendSeries } from "@/lib/export/trend-svg";
import { chromiumForPdf } from "@/app/api/v1/_lib/pdf";
import { markerEvents } from "@/db/queries/divergence";
import { isLowCoverage } from "@/lib/timeline";
import * as cached from "@/db/cached";
import { josa } from "@/lib/i18n/josa";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Briefing" });
  return { title: t("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function BriefingPage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations("Briefing");
  const tc = await getTranslations("Chart");
  const te = await getTranslations("Export");
  const clusterLabel = clusterNames(await getTranslations("FigureClusters"));
  const sp = await searchParams;
  const actors = await cached.listActors(locale);
  const issues = await cached.listIssues(locale);
  const today = todayIso();
  const parsed = parseBriefing(sp, { actors: actors.map((a) => a.code), issues: issues.map((i) => i.slug) }, today);
  if (!parsed.ok) return <ErrorPanel message={parsed.error} back={{ href: localizeHref(locale, "/briefing"), label: t("newPack") }} />;
  const b = parsed.value;
  // The default title is shown in the page's language; an analyst's own title stays as typed.
  const packTitle = b.title === DEFAULT_TITLE ? t("defaultTitle") : b.title;
  const fd = (iso: string) => formatDate(iso, locale);
  const list = (xs: string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(xs);
  const source = exportSource(te, locale, b.asOf, await cached.getCodingHorizon());
  const svgLabels = matrixSvgLabels(te, clusterLabel);
  const compareLabels = compareSvgLabels(te, locale);
  const matrixLegendItems = legendOfMatrix(te);
  const viewNames: Record<string, string> = {
    matrix: t("views.matrix"),
    compare: t("views.compare"),
    heatmap: t("views.heatmap"),
    trend: t("views.trend"),
    issues: t("views.issues"),
  };
  const chosen = actors.filter((a) => b.actors.includes(a.code));
  const sections: { id: string; title: string; node: React.ReactNode }[] = [];

  const [now, horizon] = await Promise.all([cached.getMatrix(b.asOf, { lang: locale }), cached.getCodingHorizon()]);
  const before = b.from ? (await cached.getMatrix(b.from, { lang: locale })) : null;
  const issueSlugs = issues.map((i) => i.slug);
  const name = (code: string) => actors.find((a) => a.code === code)?.shortName ?? code;

  if (b.views.includes("matrix")) {
    // Pages of the matrix: as many issues as fit while its smallest text (12 px) still prints at 7 pt or more on
    // A4 landscape. The frame is narrower than on screen (its type prints larger), wider with more actors.
    const ordered = groupByCluster(issues, clusterLabel).flatMap((g) => g.issues);
    const api = await cached.matrixForApi({ asOf: b.asOf, actors: b.actors });
    // Never wider than the page allows for that: a frame wider than PACK_PRINT.width x 12 px / 7 pt would print
    // its 12 px text under 7 pt however few issues a page holds (six actors asked for 1356 px, one issue a page).
    const widest = Math.floor((PACK_PRINT.width * 12) / MIN_PRINT_PX) - 96;
    const bodyWidth = Math.round(Math.min(1504, widest, Math.max(936, 240 + chosen.length * 170)));
    const cellsOf = (slugs: Set<string>) =>
      now.cells.filter((c) => slugs.has(c.issue) && b.actors.includes(c.actor)).map((c) => ({ ...c, unsourced: isUnsourced({ position: c.position, evidenceCount: c.evidence.length }) }));
    const frameFor = (pageIssues: readonly (typeof issues)[number][], title: string) => {
      const slugs = new Set(pageIssues.map((x) => x.slug));
      return frameSvg({
        title,
        subtitle: t("asOfSuffix", { clusters: groupByCluster(pageIssues, clusterLabel).map((g) => g.label).join(" · "), date: fd(b.asOf) }),
        asOf: b.asOf,
        horizon,
        source,
        body: matrixBody({ asOf: b.asOf, codedThrough: horizon, actors: chosen, issues: pageIssues, cells: cellsOf(slugs) }, { width: bodyWidth, labels: svgLabels }),
        legend: matrixLegendItems,
        width: bodyWidth + 96,
        height: "fit",
      });
    };
    const first = sections.length === 0;
    const pages = paginate(ordered, (chunk, page) => {
      const box = { width: PACK_PRINT.width, height: first && page === 0 ? PACK_PRINT.firstHeight : PACK_PRINT.height };
      return printScale(frameFor(chunk, t("matrixTitlePart", { n: 1, total: 2 })), box) * 12 >= MIN_PRINT_PX;
    });
    pages.forEach((pageIssues, i) => {
      const slugs = new Set(pageIssues.map((x) => x.slug));
      const cells = cellsOf(slugs);
      const part = pages.length > 1 ? { n: i + 1, total: pages.length } : null;
      const framed = frameFor(pageIssues, part ? t("matrixTitlePart", part) : t("matrixTitle"));
      const csvMatrix = { ...api, issues: api.issues.filter((x) => slugs.has(x.slug)), cells: api.cells.filter((c) => slugs.has(c.issue)) };
      sections.push({
        id: `matrix-${i + 1}`,
        title: part ? t("matrixSectionPart", part) : t("matrixSection"),
        node: (
          <FramedFigure
            name={`matrix-${i + 1}`}
            framed={framed}
            label={t("matrixLabel", { n: i + 1 })}
            view="matrix"
            subject={groupByCluster(pageIssues).map((g) => g.id).join("+")}
            asOf={b.asOf}
            horizon={horizon}
            csv={{ header: STANCES_CSV_HEADER, rows: matrixCsvRows(csvMatrix) }}
            emptyReason={cells.length === 0 ? t("matrixEmpty") : null}
          />
        ),
      });
    });
  }

  if (b.views.includes("compare") && b.pair) {
    const [ca, cb] = b.pair;
    const A = actors.find((a) => a.code === ca)!;
    const B = actors.find((a) => a.code === cb)!;
    const d = pairDivergence(now.cells, issueSlugs, ca, cb);
    const dBefore = before ? pairDivergence(before.cells, issueSlugs, ca, cb) : null;
    const agenda = consultationAgenda(d.gaps, 5);
    const title = new Map(issues.map((i) => [i.slug, i.title]));
    const framed = frameSvg({
      title: josa(t("compareTitle", { a: A.shortName, b: B.shortName })),
      subtitle: dBefore
        ? t("compareSubtitleFrom", { value: formatDivergence(d.value), count: d.compared, date: fd(b.asOf), before: formatDivergence(dBefore.value), from: fd(b.from!) })
        : t("compareSubtitle", { value: formatDivergence(d.value), count: d.compared, date: fd(b.asOf) }),
      asOf: b.asOf,
      horizon,
      source,
      // Drawn for the frame with its fonts (as the slide exports are): 7 pt and more in print.
      body: compareFigure(A, B, issues, d.gaps, undefined, compareLabels),
      legend: compareLegend(A, B, compareLabels),
      note: agenda.length ? t("agenda", { issues: agenda.map((g) => title.get(g.issue)).join("; ") }) : t("noAgenda"),
      height: "fit",
    });
    sections.push({
      id: "compare",
      title: josa(t("compareSection", { a: A.shortName, b: B.shortName })),
      node: (
        <FramedFigure
          name="compare"
          framed={framed}
          label={josa(t("compareLabel", { a: A.shortName, b: B.shortName }))}
          view="compare"
          subject={`${ca}-${cb}`}
          asOf={b.asOf}
          horizon={horizon}
          emptyReason={d.compared === 0 ? t("compareEmpty") : null}
          csv={{
            header: ["as_of", "actor_a", "actor_b", "issue", "issue_title", "position_a", "salience_a", "position_b", "salience_b", "distance", "weight", "weighted_gap"],
            rows: d.gaps.map((g) => [b.asOf, ca, cb, g.issue, title.get(g.issue), g.a?.position ?? null, g.a?.salience ?? null, g.b?.position ?? null, g.b?.salience ?? null, g.distance, g.weight, g.weightedGap]),
          }}
        />
      ),
    });
  }

  if (b.views.includes("heatmap")) {
    const heatIssues = (count: number) => tc("heat.issues", { count });
    const grid = divergenceGrid(now.cells, issueSlugs, b.actors);
    const gridBefore = before ? divergenceGrid(before.cells, issueSlugs, b.actors) : null;
    // Drawn with the frame's fonts (as the slide exports are), so the counts print at 7 pt and more; two dates
    // side by side each take half the frame's width.
    const half = { width: (frameInner(SLIDE.width) - 64) / 2, height: null, fonts: frameFonts(SLIDE.width) };
    const body = gridBefore
      ? sideBySide([
          { caption: t("onDate", { date: fd(b.from!) }), body: heatmapFigure(chosen, gridBefore, heatIssues)(half) },
          { caption: t("onDate", { date: fd(b.asOf) }), body: heatmapFigure(chosen, grid, heatIssues)(half) },
        ])
      : heatmapFigure(chosen, grid, heatIssues);
    const framed = frameSvg({
      title: t("heatTitle"),
      subtitle: b.from
        ? josa(t("heatSubtitleFrom", { actors: list(chosen.map((a) => a.shortName)), date: fd(b.asOf), from: fd(b.from) }))
        : t("heatSubtitle", { actors: list(chosen.map((a) => a.shortName)), date: fd(b.asOf) }),
      asOf: b.asOf,
      horizon,
      source,
      body,
      legend: heatmapLegend({ ramp: tc("heat.legendRamp"), from: tc("heat.legendFrom"), to: tc("heat.legendTo"), na: tc("heat.legendNa") }),
      note: t("heatNote"),
      // Two dates side by side take the height they need at full size (the frame would shrink them to 900).
      height: gridBefore ? "fit" : undefined,
    });
    const rows = [...(gridBefore ?? []).map((g) => ({ ...g, date: b.from! })), ...grid.map((g) => ({ ...g, date: b.asOf }))];
    sections.push({
      id: "heatmap",
      title: t("heatSection"),
      node: (
        <FramedFigure
          name="heatmap"
          framed={framed}
          label={t("heatLabel")}
          view="divergence"
          subject={b.actors.join("-")}
          asOf={b.asOf}
          horizon={horizon}
          emptyReason={grid.every((g) => g.value === null) ? t("heatEmpty") : null}
          csv={{ header: ["as_of", "actor_a", "actor_b", "divergence", "issues_compared"], rows: rows.map((g) => [g.date, g.a, g.b, g.value === null ? null : Number(g.value.toFixed(4)), g.compared]) }}
        />
      ),
    });
  }

  if (b.views.includes("trend") && b.pair) {
    const focus = b.pair[0];
    const others = b.actors.filter((a) => a !== focus);
    const start = b.from ?? "2017-01-01";
    const history = await cached.stanceHistory();
    const first = start < b.asOf ? start : b.asOf;
    // Every month plus every date on which a stance starts or ends, so the steps fall on the right days.
    const changes = history.flatMap((s) => [s.validFrom, ...(s.validUntil ? [addDays(s.validUntil, 1)] : [])]).filter((d) => d > first && d < b.asOf);
    const dates = [...new Set([...monthlyDates(first, b.asOf), ...changes])].sort();
    const series: TrendSeries[] = others.map((o) => ({ label: name(o), color: actors.find((a) => a.code === o)?.color ?? ACTOR_PALETTE[0], points: [] as { date: string; value: number | null; low: boolean }[] }));
    const rows: (string | number | null)[][] = [];
    for (const date of dates) {
      const cells = resolveAsOf(history, date);
      others.forEach((o, i) => {
        const d = pairDivergence(cells, issueSlugs, focus, o);
        (series[i].points as { date: string; value: number | null; low: boolean }[]).push({ date, value: d.value, low: isLowCoverage(d.compared, issueSlugs.length) });
        rows.push([date, focus, o, d.value === null ? null : Number(d.value.toFixed(4)), d.compared]);
      });
    }
    const trendMarkers = markerEvents(await cached.listEvents(locale), dates[0], b.asOf);
    const anyLow = series.some((s) => s.points.some((p) => p.value !== null && p.low));
    const framed = frameSvg({
      title: josa(t("trendTitle", { name: name(focus) })),
      subtitle: t("trendSubtitle", { from: fd(first), to: fd(b.asOf) }),
      asOf: b.asOf,
      horizon,
      source,
      // Drawn for the frame's box with its label size (legible in print), with the marked events of the range.
      body: (box) =>
        trendBody(series, dates[0], b.asOf, {
          width: box.width,
          height: box.height ?? undefined,
          fontSize: box.fonts.label,
          yLabel: t("trendYLabel"),
          step: true,
          markers: trendMarkers,
          locale,
          // The low-coverage entry is drawn in the body's key, in the chart's own style (thin, faded, hollow points).
          key: { series: false, lowLabel: t("trendFew") },
        }),
      legend: [
        ...series.map((s) => ({
          kind: "line" as const,
          label: s.points.every((p) => p.value === null) ? t("trendNoComparable", { label: s.label }) : s.label,
          stroke: s.color,
        })),
      ],
      note: t("trendNote") + (anyLow ? t("trendNoteLow") : ""),
    });
    sections.push({
      id: "trend",
      title: t("trendSection"),
      node: (
        <FramedFigure
          name="trend"
          framed={framed}
          label={t("trendLabel")}
          view="divergence-over-time"
          subject={focus}
          asOf={b.asOf}
          horizon={horizon}
          emptyReason={rows.every((r) => r[3] === null) ? t("trendEmpty") : null}
          csv={{ header: ["date", "actor_a", "actor_b", "divergence", "issues_compared"], rows }}
        />
      ),
    });
  }

  if (b.views.includes("issues")) {
    for (const slug of b.issues) {
      const issue = issues.find((i) => i.slug === slug)!;
      sections.push({ id: `issue-${slug}`, title: issue.title, node: <IssueSection issue={issue} actors={chosen} now={now.cells} before={before?.cells ?? null} b={b} clusterLabel={clusterLabel} /> });
    }
  }

  const pdf = chromiumForPdf();
  const query = briefingQuery(b);
  const pageOf = cssPageCounter(t.raw("pageOf") as string);
  return (
    <ClientMessages namespaces={[...FIGURE_NAMESPACES, "Export"]}>
    <div className="space-y-6">
      <style>{`@page { size: A4 landscape; margin: 10mm 12mm 14mm; @bottom-left { content: ${cssString(source)}; font: 8pt Arial, "Noto Sans CJK KR", "Noto Sans KR", sans-serif; color: #4b5563; } @bottom-right { content: ${pageOf}; font: 8pt Arial, "Noto Sans CJK KR", "Noto Sans KR", sans-serif; color: #4b5563; } }`}</style>
      <div className="no-print space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight">{t("heading")}</h1>
        <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
        <Builder b={b} actors={actors} issues={issues} today={today} locale={locale} viewNames={viewNames} clusterLabel={clusterLabel} />
        <div className="flex flex-wrap items-center gap-3">
          <PrintButton label={t("print")} />
          <ShareButton target={{ path: "/briefing", pinned: { asOf: b.asOf } }} />
          {pdf.ok ? (
            <a href={`/api/v1/briefing.pdf?${query}${locale === "en" ? "" : `&lang=${locale}`}`} className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-50">
              {t("downloadPdf")}
            </a>
          ) : (
            <p className="text-sm text-slate-600">{t("noPdf", { reason: pdf.reason })}</p>
          )}
        </div>
      </div>

      <article aria-labelledby="pack-title" className="briefing-pack space-y-8 print:space-y-3">
        <header className="border-b-2 border-slate-900 pb-2">
          <h2 id="pack-title" className="text-2xl font-semibold tracking-tight print:text-xl">
            {packTitle}
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            {t.rich("positionsAsOf", { date: fd(b.asOf), b: (c) => <strong>{c}</strong> })}
            {b.from && josa(t("comparedWith", { date: fd(b.from) }))} · {list(chosen.map((a) => a.shortName))}
            {b.author && t("preparedBy", { author: b.author })}
            {t("generated", { date: fd(today) })}
          </p>
          <div className="mt-1">
            <HorizonNotice horizon={horizon} asOf={b.from ? [b.asOf, b.from] : b.asOf} />
          </div>
          {sections.length > 1 && (
            <p className="mt-1 text-xs text-slate-600">
              {t("contents", { list: sections.map((s, i) => `${i + 1}. ${s.title}`).join(" · ") })}
            </p>
          )}
        </header>
        {sections.length === 0 && <p>{t("noViews")}</p>}
        {sections.map((s, i) => (
          <section key={s.id} id={s.id} aria-labelledby={`${s.id}-h`} data-section={s.id} className={`pack-section ${i > 0 ? "print:break-before-page" : ""}`}>
            <h2 id={`${s.id}-h`} className="mb-2 text-lg font-semibold print:text-sm print:text-slate-600">
              {i + 1}. {s.title}
            </h2>
            {s.node}
          </section>
        ))}
      </article>
    </div>
    </ClientMessages>
  );
}

/** A CSS string literal (quotes and backslashes escaped; no line breaks). */
function cssString(s: string): string {
  return `"${s.replace(/[\\"]/g, "\\$&").replace(/[\r\n]+/g, " ")}"`;
}

/** A message with {page} and {pages} as a CSS `content` value: quoted runs and counter(page) / counter(pages). */
function cssPageCounter(message: string): string {
  return message
    .split(/(\{page\}|\{pages\})/)
    .filter(Boolean)
    .map((s) => (s === "{page}" ? "counter(page)" : s === "{pages}" ? "counter(pages)" : cssString(s)))
    .join(" ");
}

async function Builder({
  b,
  actors,
  issues,
  today,
  locale,
  viewNames,
  clusterLabel,
}: {
  b: Briefing;
  actors: ActorDto[];
  issues: { slug: string; title: string; cluster: string }[];
  today: string;
  locale: "en" | "ko";
  viewNames: Record<string, string>;
  clusterLabel: (id: string) => string;
}) {
  const t = await getTranslations("Briefing");
  const pairs = actors.flatMap((a, i) => actors.slice(i + 1).map((c) => ({ value: `${a.code}-${c.code}`, label: `${a.shortName} – ${c.shortName}` })));
  const field = "mt-1 w-full rounded border border-slate-300 px-2 py-1.5 text-sm";
  return (
    <form key={JSON.stringify(b)} action={localizeHref(locale, "/briefing")} method="get" autoComplete="off" data-url-form className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 text-sm lg:grid-cols-3">
      <div className="space-y-3">
        <div>
          <label htmlFor="b-title" className="block text-xs font-medium text-slate-600">{t("form.title")}</label>
          <input id="b-title" name="title" defaultValue={b.title === DEFAULT_TITLE ? "" : b.title} placeholder={t("defaultTitle")} maxLength={160} className={field} />
        </div>
        <div>
          <label htmlFor="b-author" className="block text-xs font-medium text-slate-600">{t("form.author")}</label>
          <input id="b-author" name="author" defaultValue={b.author} maxLength={120} className={field} />
        </div>
        <div className="flex gap-3">
          <div className="flex-1">
            <label htmlFor="b-asof" className="block text-xs font-medium text-slate-600">{t("form.asOf")}</label>
            <input id="b-asof" name="asOf" type="date" required min="2017-01-01" max={today} defaultValue={b.asOf} className={field} />
          </div>
          <div className="flex-1">
            <label htmlFor="b-from" className="block text-xs font-medium text-slate-600">{t("form.from")}</label>
            <input id="b-from" name="from" type="date" min="2017-01-01" max={today} defaultValue={b.from ?? ""} className={field} />
          </div>
        </div>
      </div>
      <div className="space-y-3">
        <fieldset>
          <legend className="text-xs font-medium text-slate-600">{t("form.actors")}</legend>
          <div className="mt-1 grid grid-cols-2 gap-1">
            {actors.map((a) => (
              <label key={a.code} className="flex items-center gap-2">
                <input type="checkbox" name="actors" value={a.code} defaultChecked={b.actors.includes(a.code)} />
                <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full" style={{ backgroundColor: a.color }} />
                {a.shortName}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="text-xs font-medium text-slate-600">{t("form.views")}</legend>
          <div className="mt-1 space-y-1">
            {BRIEFING_VIEWS.map((v) => (
              <label key={v.id} className="flex items-center gap-2">
                <input type="checkbox" name="views" value={v.id} defaultChecked={b.views.includes(v.id)} />
                {viewNames[v.id] ?? v.label}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor="b-pair" className="block text-xs font-medium text-slate-600">{t("form.pair")}</label>
          <select id="b-pair" name="pair" defaultValue={b.pair?.join("-")} className={field}>
            {pairs.map((p) => (
              <option key={p.value} value={p.value}>{p.label}</option>
            ))}
          </select>
        </div>
      </div>
      <div className="space-y-3">
        <fieldset>
          <legend className="text-xs font-medium text-slate-600">{t("form.issues")}</legend>
          <div className="mt-1 max-h-64 space-y-1 overflow-y-auto">
            {issues.map((i) => (
              <label key={i.slug} className="flex items-start gap-2">
                <input type="checkbox" name="issues" value={i.slug} defaultChecked={b.issues.includes(i.slug)} className="mt-0.5" />
                <span>
                  {i.title} <span className="text-xs text-slate-500">{clusterLabel(i.cluster)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 font-medium text-white hover:bg-slate-700">
          {t("form.build")}
        </button>
      </div>
    </form>
  );
}

async function IssueSection({
  issue,
  actors,
  now,
  before,
  b,
  clusterLabel,
}: {
  issue: { slug: string; title: string; cluster: string; definition: string; scale: { value: number; label: string }[] };
  actors: ActorDto[];
  now: StanceDto[];
  before: StanceDto[] | null;
  b: Briefing;
  clusterLabel: (id: string) => string;
}) {
  const t = await getTranslations("Briefing");
  const locale = await getLocale();
  const fd = (iso: string) => formatDate(iso, locale);
  const labels = issue.scale.map((p) => p.label);
  const name = new Map(actors.map((a) => [a.code, a.shortName]));
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 print:border-0 print:p-0">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{clusterLabel(issue.cluster)}</p>
      <p className="text-sm text-slate-700">{issue.definition}</p>
      <ol className="flex flex-wrap gap-1.5 text-xs" aria-label={t("issue.scale")}>
        {issue.scale.map((p) => (
          <li key={p.value}>
            <PositionBadge position={p.value} label={p.label} />
          </li>
        ))}
      </ol>
      {actors.map((a) => {
        const here = now.filter((s) => s.actor === a.code && s.issue === issue.slug);
        const was = before?.filter((s) => s.actor === a.code && s.issue === issue.slug) ?? [];
        return (
          <div key={a.code} className="break-inside-avoid border-t border-slate-200 pt-2">
            <h3 className="flex items-center gap-2 text-sm font-semibold">
              <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full" style={{ backgroundColor: a.color }} />
              {a.name}
            </h3>
            {here.length === 0 ? (
              <p className="text-sm italic text-slate-500">{t("issue.noPosition", { date: fd(b.asOf) })}</p>
            ) : (
              here.map((s) => {
                const prior = was.find((w) => w.counterpart === s.counterpart);
                return (
                  <div key={s.id} className="mt-1 space-y-1">
                    <div className="flex flex-wrap items-center gap-2 text-sm">
                      {s.counterpart && <span className="text-slate-600">{t("issue.toward", { name: name.get(s.counterpart) ?? s.counterpart })}</span>}
                      <PositionBadge position={s.position} label={scaleLabel(labels, s.position)} />
                      <span className="text-xs text-slate-600">{t("issue.salience", { value: s.salience })}</span>
                      <ConfidenceTag confidence={s.confidence} />
                      <span className="text-xs text-slate-600">{t("issue.since", { date: fd(s.validFrom) })}</span>
                      {b.from && (
                        <span className="text-xs text-slate-700">
                          {prior
                            ? prior.position === s.position
                              ? t("issue.unchanged", { date: fd(b.from) })
                              : t("issue.was", { position: formatPosition(prior.position), date: fd(b.from) })
                            : t("issue.noPositionThen", { date: fd(b.from) })}
                        </span>
                      )}
                    </div>
                    <p className="text-sm">
                      {s.summary} {isUnsourced({ position: s.position, evidenceCount: s.evidence.length }) && <UnsourcedMark />}
                    </p>
                    <StanceNoteText note={s.note} />
                    <EvidenceList items={s.evidence} asOf={b.asOf} note={s.note} position={s.position} />
                  </div>
                );
              })
            )}
          </div>
        );
      })}
    </div>
  );
}
