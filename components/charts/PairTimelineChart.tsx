"use client";
import { forwardRef } from "react";
import { useTranslations } from "next-intl";
import { seriesColor, seriesDash } from "@/lib/palette";
import type { ChartExportInfo } from "./ChartFrame";
import { DivergenceTimelineChart, type ChartMarker } from "./DivergenceTimelineChart";

export type PairPoints = { a: string; b: string; points: { date: string; value: number | null; compared: number }[] };

/** The divergence-over-time chart for actor pairs: names and series colours resolved here. */
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
    /** How many issues there are, for the low-coverage rule. */
    issueCount: number;
    /** Export menu; the subtitle defaults to the pairs shown and the period. */
    exportAs?: Partial<Omit<ChartExportInfo, "legend" | "csv" | "horizon">> & { view?: string; horizon: string | null };
  }
>(function PairTimelineChart({ title, pairs, names, markers, from, to, name, issueCount, exportAs }, ref) {
  const t = useTranslations("Chart");
  return (
    <DivergenceTimelineChart
      ref={ref}
      name={name}
      title={title}
      from={from}
      to={to}
      markers={markers}
      issueCount={issueCount}
      exportAs={
        exportAs && {
          subtitle: t("timeline.subtitle", { pairs: pairs.map((p) => `${names[p.a] ?? p.a} – ${names[p.b] ?? p.b}`).join(", "), from, to }),
          asOf: to,
          view: "divergence-timeline",
          subject: pairs.map((p) => `${p.a}-${p.b}`).join("+"),
          ...exportAs,
        }
      }
      series={pairs.map((p, i) => ({
        id: `${p.a}-${p.b}`,
        label: `${names[p.a] ?? p.a} – ${names[p.b] ?? p.b}`,
        color: seriesColor(i),
        dash: seriesDash(i),
        points: p.points,
      }))}
    />
  );
});
