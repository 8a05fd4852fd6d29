import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { FIGURE_NAMESPACES } from "@/components/charts/namespaces";
import { PairTimelineChart } from "@/components/charts/PairTimelineChart";
import { ClientMessages } from "@/i18n/client";
import { EmbedFrame } from "@/components/ui/EmbedFrame";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import * as cached from "@/db/cached";
import { formatDate, todayIso } from "@/lib/dates";
import { parseDivergenceQuery } from "@/lib/divergence-query";
import { chartMarkers, matchingPeriod } from "@/lib/periods";
import { thinTimeline } from "@/lib/timeline";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Embed" });
  return { title: t("divergenceMeta") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Divergence over time for chosen pairs, for an iframe: /embed/divergence?pairs=ROK-JPN,USA-JPN&from=…&to=…&events=…
 * (the divergence view's query, every parameter checked by the same parsers, lib/divergence-query.ts). The chart
 * is the view's own (PairTimelineChart) with the view's range and marked events, as wide as the frame and as tall
 * as the frame leaves it under the title and above the source line; `asOf` is the date named in the source line.
 */
export default async function EmbedDivergencePage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  const [t, td, format] = await Promise.all([getTranslations("Embed"), getTranslations("Divergence"), getFormatter()]);
  const sp = await searchParams;
  const today = todayIso();
  const [actors, issues, events] = await Promise.all([cached.listActors(locale), cached.listIssues(locale), cached.listEvents(locale)]);
  const codes = actors.map((x) => x.code);
  const slugs = issues.map((i) => i.slug);
  const keyed = events.filter((e): e is typeof e & { key: string } => Boolean(e.key));
  const { asOf, a, b, pairs, align, scenario, range, events: eventKeys } = parseDivergenceQuery(sp, codes, slugs, today, keyed.map((e) => e.key));
  const samePair = a.ok && b.ok && a.value === b.value ? { ok: false as const, error: td("samePair") } : { ok: true as const };
  const failed = [asOf, a, b, pairs, align, scenario, samePair, range, eventKeys].filter((p) => !p.ok);
  if (failed.length || !asOf.ok || !pairs.ok || !range.ok || !eventKeys.ok) return <ErrorPanel message={failed.map((p) => (p.ok ? "" : p.error)).join(" ")} />;

  const pairList = pairs.value ?? [];
  const { from, to } = range.value;
  const [timelines, horizon] = await Promise.all([cached.getDivergenceTimelines({ pairs: pairList, from, to }), cached.getCodingHorizon()]);
  const names = Object.fromEntries(actors.map((x) => [x.code, x.shortName]));
  const view = new URLSearchParams();
  for (const key of ["asOf", "a", "b", "pairs", "align", "scenario", "from", "to", "events"]) {
    const v = sp[key];
    if (typeof v === "string") view.set(key, v);
  }
  if (Array.isArray(sp.pairs)) view.set("pairs", pairList.map((p) => p.join("-")).join(","));
  if (Array.isArray(sp.events)) view.set("events", eventKeys.value.join(",") || "none");
  const period = matchingPeriod(range.value, today);
  const periodNames: Record<string, string> = { summitry: td("periods.summitry"), "after-hanoi": td("periods.afterHanoi"), "2022": td("periods.from2022"), "2025": td("periods.from2025") };
  const dates = { from: formatDate(from, locale), to: formatDate(to, locale) };

  return (
    <EmbedFrame
      title={period ? td("chartTitlePeriod", { period: periodNames[period.id] ?? period.label, ...dates }) : t("divergenceTitle", dates)}
      subtitle={t("divergenceSubtitle", { pairs: format.list(pairList.map(([x, y]) => `${names[x] ?? x} – ${names[y] ?? y}`), { type: "conjunction" }) })}
      asOf={asOf.value}
      horizon={horizon}
      viewHref={`/divergence${view.size ? `?${view}` : ""}#over-time-h`}
      fill
    >
      <ClientMessages namespaces={FIGURE_NAMESPACES}>
      <PairTimelineChart
        title={t("divergenceChart")}
        pairs={timelines.map((t) => ({ ...t, points: thinTimeline(t.points) }))}
        names={names}
        markers={chartMarkers(keyed, eventKeys.value, range.value)}
        from={from}
        to={to}
        issueCount={issues.length}
        height="fill"
      />
      </ClientMessages>
    </EmbedFrame>
  );
}
