import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AsOfControl } from "@/components/matrix/AsOfControl";
import { PairTimelineChart } from "@/components/charts/PairTimelineChart";
import { FIGURE_NAMESPACES } from "@/components/charts/namespaces";
import { ClientMessages } from "@/i18n/client";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { localizeHref } from "@/lib/i18n/paths";
import { DivergenceFigures } from "@/components/divergence/DivergenceFigures";
import { WhatIf } from "@/components/divergence/WhatIf";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { Glossary } from "@/components/ui/Glossary";
import { HorizonNotice } from "@/components/ui/HorizonNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatDate, todayIso } from "@/lib/dates";
import { parseDivergenceQuery } from "@/lib/divergence-query";
import { chartMarkers, HISTORY_START, matchingPeriod, PERIODS, periodRange } from "@/lib/periods";
import { serializeScenario } from "@/lib/scenario";
import * as cached from "@/db/cached";
import { thinTimeline } from "@/lib/timeline";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Divergence" });
  return { title: t("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DivergencePage({ params: routeParams, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(routeParams);
  const t = await getTranslations("Divergence");
  const sp = await searchParams;
  const today = todayIso();
  const actors = await cached.listActors(locale);
  const issues = await cached.listIssues(locale);
  const codes = actors.map((a) => a.code);
  const slugs = issues.map((i) => i.slug);
  const [events, horizon] = await Promise.all([cached.listEvents(locale), cached.getCodingHorizon()]);
  const keyed = events.filter((e): e is typeof e & { key: string } => Boolean(e.key));
  // The divergence-over-time chart's date range and marked events come with the rest of the query (the embed
  // reads them the same way).
  const { asOf, a, b, pairs, align, scenario, range, events: eventKeys } = parseDivergenceQuery(sp, codes, slugs, today, keyed.map((e) => e.key));
  const samePair = a.ok && b.ok && a.value === b.value ? { ok: false as const, error: t("samePair") } : { ok: true as const };
  const failed = [asOf, a, b, pairs, align, scenario, samePair, range, eventKeys].filter((p) => !p.ok);
  if (failed.length || !asOf.ok || !a.ok || !b.ok || !pairs.ok || !align.ok || !scenario.ok || !range.ok || !eventKeys.ok)
    return (
      <div className="space-y-4">
        <PageHeader title={t("title")} />
        <ErrorPanel message={failed.map((p) => (p.ok ? "" : p.error)).join(" ")} back={{ href: localizeHref(locale, "/divergence"), label: t("backToday") }} />
      </div>
    );

  const view = (await cached.getDivergenceOverview(asOf.value, locale)).cells;
  const pairList = pairs.value ?? [];
  const { from, to } = range.value;
  const timelines = (await cached.getDivergenceTimelines({ pairs: pairList, from, to })).map((t) => ({ ...t, points: thinTimeline(t.points) }));
  const chosenEvents = new Set(eventKeys.value);
  const markers = chartMarkers(keyed, eventKeys.value, range.value);
  const period = matchingPeriod(range.value, today);
  const names = Object.fromEntries(actors.map((x) => [x.code, x.shortName]));
  // The chart's range and events stay in the URL only when they differ from the defaults.
  const chartParams: Record<string, string> = {
    ...(from !== HISTORY_START ? { from } : {}),
    ...(to !== today ? { to } : {}),
    ...(sp.events !== undefined && sp.events !== "" ? { events: eventKeys.value.join(",") || "none" } : {}),
  };
  const params: Record<string, string> = {
    asOf: asOf.value, a: a.value!, b: b.value!, pairs: pairList.map((p) => p.join("-")).join(","), align: align.value ?? "sanctions-relief", ...chartParams,
  };
  const rangeHref = (r: { from: string; to: string }) => {
    const q = new URLSearchParams({ ...params });
    q.delete("from");
    q.delete("to");
    if (r.from !== HISTORY_START) q.set("from", r.from);
    if (r.to !== today) q.set("to", r.to);
    if (scenario.value.length) q.set("scenario", serializeScenario(scenario.value));
    return localizeHref(locale, `/divergence?${q.toString()}#over-time-h`);
  };
  const periodNames: Record<string, string> = { summitry: t("periods.summitry"), "after-hanoi": t("periods.afterHanoi"), "2022": t("periods.from2022"), "2025": t("periods.from2025") };
  const periodLabel = (p: { id: string; label: string }) => periodNames[p.id] ?? p.label;
  const figureActors = actors.map((x) => ({ code: x.code, shortName: x.shortName, color: x.color }));
  const figureIssues = issues.map((i) => ({ slug: i.slug, title: i.title, cluster: i.cluster, labels: i.scale.map((p) => p.label) }));
  const allPairs = codes.flatMap((x, i) => codes.slice(i + 1).map((y) => `${x}-${y}`));
  const chosen = new Set(pairList.flatMap(([x, y]) => [`${x}-${y}`, `${y}-${x}`]));

  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        eyebrow={t("eyebrow")}
        share={{ path: "/divergence", pinned: params, embed: { kind: "divergence" } }}
      >
        <p>{t("intro", { date: formatDate(asOf.value, locale) })}</p>
      </PageHeader>
      <HorizonNotice horizon={horizon} asOf={asOf.value} />
      <AsOfControl
        action="/divergence"
        asOf={asOf.value}
        today={today}
        events={events}
        params={{ a: params.a, b: params.b, pairs: params.pairs, align: params.align, ...chartParams, scenario: scenario.value.length ? serializeScenario(scenario.value) : undefined }}
        collapsible
      />
      <Glossary />
      {/* The figures' links are next-intl's (they also render inside the client what-if view): locale from here. The
          open editor loads the texts it adds (WhatIf.tsx). */}
      <ClientMessages namespaces={[...FIGURE_NAMESPACES, "WhatIf"]}>
      <WhatIf
        key={`${asOf.value}|${serializeScenario(scenario.value)}`}
        actors={figureActors}
        issues={figureIssues}
        asOf={asOf.value} horizon={horizon} pair={[a.value!, b.value!]} align={params.align} initialScenario={scenario.value} params={params}>
        <DivergenceFigures
          actors={figureActors}
          issues={figureIssues}
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
          {t("overTime")}
        </h2>
        <nav aria-label={t("periodNav")} className="no-print mb-3 flex flex-wrap items-center gap-2 text-sm">
          <span className="text-xs font-medium text-slate-700">{t("period")}</span>
          {[{ id: "all", label: t("wholeHistory"), from: HISTORY_START, to: today }, ...PERIODS.map((p) => ({ id: p.id, label: periodLabel(p), ...periodRange(p, today) }))].map((p) => {
            const current = p.id === "all" ? from === HISTORY_START && to === today : period?.id === p.id;
            return (
              <a
                key={p.id}
                href={rangeHref(p)}
                aria-current={current ? "true" : undefined}
                className={`rounded-full border px-3 py-1 ${current ? "border-slate-900 bg-slate-900 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50"}`}
              >
                {p.label}
              </a>
            );
          })}
        </nav>
        <ClientMessages namespaces={FIGURE_NAMESPACES}>
        <PairTimelineChart
          title={period ? t("chartTitlePeriod", { period: periodLabel(period), from: formatDate(from, locale), to: formatDate(to, locale) }) : t("chartTitle", { from: formatDate(from, locale), to: formatDate(to, locale) })}
          pairs={timelines}
          names={names}
          markers={markers}
          issueCount={issues.length}
          from={from}
          to={to}
          exportAs={{ horizon }}
        />
        </ClientMessages>
        <form key={`${params.pairs}|${from}|${to}|${eventKeys.value.join(",")}`} action={localizeHref(locale, "/divergence")} method="get" autoComplete="off" data-url-form className="no-print mt-3 border-t border-slate-100 pt-3">
          {Object.entries(params)
            .filter(([k]) => !["pairs", "from", "to", "events"].includes(k))
            .map(([k, v]) => (
              <input key={k} type="hidden" name={k} value={v} />
            ))}
          {scenario.value.length > 0 && <input type="hidden" name="scenario" value={serializeScenario(scenario.value)} />}
          {allPairs.length <= 45 ? (
            <fieldset>
              <legend className="text-xs font-medium text-slate-700">{t("pairsLegend")}</legend>
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
                {t("pairsInput")}
              </label>
              <input id="pairs-input" name="pairs" defaultValue={params.pairs} className="mt-1 w-full max-w-xl rounded border border-slate-300 px-2 py-1.5 font-mono text-sm" />
              <p className="mt-1 text-xs text-slate-600">{t("actorCodes", { codes: codes.join(", ") })}</p>
            </div>
          )}
          <fieldset className="mt-3 flex flex-wrap items-end gap-3">
            <legend className="text-xs font-medium text-slate-700">{t("range")}</legend>
            <label className="text-sm">
              <span className="block text-xs text-slate-600">{t("from")}</span>
              <input type="date" name="from" defaultValue={from} min="1990-01-01" max={today} className="rounded border border-slate-300 px-2 py-1" />
            </label>
            <label className="text-sm">
              <span className="block text-xs text-slate-600">{t("to")}</span>
              <input type="date" name="to" defaultValue={to} min="1990-01-01" max={today} className="rounded border border-slate-300 px-2 py-1" />
            </label>
          </fieldset>
          <details className="mt-3" open={sp.events !== undefined ? true : undefined}>
            <summary className="cursor-pointer text-xs font-medium text-slate-700">
              {t("events", { count: markers.length })}
            </summary>
            <input type="hidden" name="events" value="none" />
            <fieldset className="mt-1">
              <legend className="sr-only">{t("eventsLegend")}</legend>
              <div className="grid max-h-72 gap-x-4 gap-y-0.5 overflow-y-auto sm:grid-cols-2 lg:grid-cols-3">
                {keyed.map((e) => (
                  <label key={e.key} className="flex items-start gap-1.5 text-xs">
                    <input type="checkbox" name="events" value={e.key} defaultChecked={chosenEvents.has(e.key)} className="mt-0.5" />
                    <span>
                      {e.title} <span className="whitespace-nowrap text-slate-500">({formatDate(e.date, locale)})</span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
          </details>
          <button type="submit" className="mt-2 rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
            {t("update")}
          </button>
        </form>
      </section>
    </div>
  );
}
