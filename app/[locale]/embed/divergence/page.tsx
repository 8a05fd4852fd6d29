import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { FIGURE_NAMESPACES } from "@/components/charts/namespaces";
import { PairTimelineChart } from "@/components/charts/PairTimelineChart";
import { ClientMessages } from "@/i18n/client";
import { EmbedFrame } from "@/components/ui/EmbedFrame";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import * as cached from "@/db/cached";
import { HISTORY_START, markerEvents } from "@/db/queries/divergence";
import { formatDate, todayIso } from "@/lib/dates";
import { parseDivergenceQuery } from "@/lib/divergence-query";
import { thinTimeline } from "@/lib/timeline";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Embed" });
  return { title: t("divergenceMeta") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Divergence over time for chosen pairs, for an iframe: /embed/divergence?pairs=ROK-JPN,USA-JPN (the divergence
 * view's query, every parameter checked the same way; the chart reads `pairs`, and `asOf` is the date named in the
 * source line). The chart is the view's own (PairTimelineChart), as wide as the frame.
 */
export default async function EmbedDivergencePage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  const [t, format] = await Promise.all([getTranslations("Embed"), getFormatter()]);
  const sp = await searchParams;
  const today = todayIso();
  const [actors, issues] = await Promise.all([cached.listActors(locale), cached.listIssues(locale)]);
  const codes = actors.map((x) => x.code);
  const slugs = issues.map((i) => i.slug);
  const { asOf, a, b, pairs, align, scenario } = parseDivergenceQuery(sp, codes, slugs, today);
  const failed = [asOf, a, b, pairs, align, scenario].filter((p) => !p.ok);
  if (failed.length || !asOf.ok || !pairs.ok) return <ErrorPanel message={failed.map((p) => (p.ok ? "" : p.error)).join(" ")} />;

  const pairList = pairs.value ?? [];
  const to = today;
  const [timelines, events, horizon] = await Promise.all([
    cached.getDivergenceTimelines({ pairs: pairList, from: HISTORY_START, to }),
    cached.listEvents(locale),
    cached.getCodingHorizon(),
  ]);
  const names = Object.fromEntries(actors.map((x) => [x.code, x.shortName]));
  const view = new URLSearchParams();
  for (const key of ["asOf", "a", "b", "pairs", "align", "scenario"]) {
    const v = sp[key];
    if (typeof v === "string") view.set(key, v);
  }
  if (Array.isArray(sp.pairs)) view.set("pairs", pairList.map((p) => p.join("-")).join(","));

  return (
    <EmbedFrame
      title={t("divergenceTitle", { from: formatDate(HISTORY_START, locale), to: formatDate(to, locale) })}
      subtitle={t("divergenceSubtitle", { pairs: format.list(pairList.map(([x, y]) => `${names[x] ?? x} – ${names[y] ?? y}`), { type: "conjunction" }) })}
      asOf={asOf.value}
      horizon={horizon}
      viewHref={`/divergence${view.size ? `?${view}` : ""}#over-time-h`}
    >
      <ClientMessages namespaces={FIGURE_NAMESPACES}>
      <PairTimelineChart
        title={t("divergenceChart")}
        pairs={timelines.map((t) => ({ ...t, points: thinTimeline(t.points) }))}
        names={names}
        markers={markerEvents(events, HISTORY_START, to)}
        from={HISTORY_START}
        to={to}
        issueCount={issues.length}
      />
      </ClientMessages>
    </EmbedFrame>
  );
}
