"use client";
import { forwardRef } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/dates";
import { pairStyle } from "@/lib/palette";
import type { ChartExportInfo } from "./ChartFrame";
import { DivergenceTimelineChart, type ChartMarker } from "./DivergenceTimelineChart";

export type PairPoints = { a: string; b: string; points: { date: string; value: number | null; compared: number }[] };

/**
 * The divergence-over-time chart for actor pairs: names resolved here, and each pair's colour and dash pattern from
 * the pair itself (pairStyle), so a pair looks the same on every page, embed and export.
 */
export const PairTimelineChart = forwardRef<
  HTMLElement,
  {
    title: string;
    pairs: PairPoints[];
    names: Record<string, string>;
    markers: ChartMarker[];
    from: string;
    to: string;
    name?: string;
    /** The plot's height in px, or "fill" (an embed sized to its iframe). */
    height?: number | "fill";
    /** How many issues there are, for the low-coverage rule. */
    issueCount: number;
    /** Export menu; the subtitle defaults to the pairs shown and the period. */
    exportAs?: Partial<Omit<ChartExportInfo, "legend" | "csv" | "horizon">> & { view?: string; horizon: string | null };
  }
>(function PairTimelineChart({ title, pairs, names, markers, from, to, name, height, issueCount, exportAs }, ref) {
  const t = useTranslations("Chart");
  const locale = useLocale();
  return (
    <DivergenceTimelineChart
      ref={ref}
      name={name}
      height={height}
      title={title}
      from={from}
      to={to}
      markers={markers}
      issueCount={issueCount}
      exportAs={
        exportAs && {
          subtitle: t("timeline.subtitle", { pairs: pairs.map((p) => `${names[p.a] ?? p.a} – ${names[p.b] ?? p.b}`).join(", "), from: formatDate(from, locale), to: formatDate(to, locale) }),
          asOf: to,
          span: { from, to },
          view: "divergence-timeline",
          subject: pairs.map((p) => `${p.a}-${p.b}`).join("+"),
          ...exportAs,
        }
      }
      series={pairs.map((p) => ({
        id: `${p.a}-${p.b}`,
        label: `${names[p.a] ?? p.a} – ${names[p.b] ?? p.b}`,
        ...pairStyle(p.a, p.b),
        points: p.points,
      }))}
    />
  );
});
