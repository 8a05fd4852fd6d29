"use client";

import type { RefObject } from "react";
import { NextIntlClientProvider, useLocale, useTranslations } from "next-intl";
import en from "@/messages/en/export.json";
import ko from "@/messages/ko/export.json";
import type { CsvValue } from "@/lib/csv";
import type { AppLocale } from "@/lib/i18n/paths";
import type { BodyBox, LegendItem, SvgBody } from "@/lib/export/frame";
import { ExportMenu } from "./ExportMenu";
import { exportSource, type SourceSpan } from "./source";

export type ChartExportProps = {
  /** The element that wraps the chart (e.g. the div with data-chart="divergence"); its first <svg> is exported. */
  chartRef?: RefObject<HTMLElement | null>;
  /**
   * Builds the chart body from data instead of cloning the live SVG (plain-SVG charts, lists drawn as a figure);
   * a builder of the frame's box draws at the chosen export size with the frame's (legible) font sizes.
   */
  body?: (choice: { details: boolean }) => Promise<SvgBody | ((box: BodyBox) => SvgBody) | null>;
  /** Offers "Include summaries and evidence" in the menu; `body` gets the choice. */
  detailsOption?: boolean;
  /** Baked into the image. Subtitle: who is compared and the as-of date. */
  title: string;
  subtitle: string;
  asOf: string;
  /** The coding horizon, for the source line. */
  horizon: string | null;
  /** A chart over time: the dates it covers, named by the source line instead of the as-of date. */
  span?: SourceSpan;
  legend?: LegendItem[];
  note?: string;
  /** File name parts: stance-atlas_<view>_<subject>_<asOf>.<ext>. */
  view: string;
  subject?: string | null;
  /** Accessible name: "Export <label>". */
  label: string;
  /** The rows behind exactly this chart (same filters, same date). */
  csv?: { header: readonly string[]; rows: readonly (readonly CsvValue[])[] };
  /** Set when the chart has no data; the menu's items are disabled with this reason. */
  emptyReason?: string | null;
  /** Frame size: 1600 x 900 by default; "fit" keeps the chart's own aspect at 1600 wide. */
  height?: number | "fit";
};

/**
 * The Export menu of a chart, loaded by ChartExport's button when pressed, with its texts in the page's language
 * (messages/<lang>/export.json ship with this module, not in the page): for a Recharts chart it clones the live
 * SVG, inlines computed styles and frames it; other charts pass a `body` builder that draws from data.
 */
export function ChartExportMenu({ locale, ...props }: ChartExportProps & { locale: AppLocale; initialOpen: "first" | "last" }) {
  return (
    <NextIntlClientProvider locale={locale} messages={locale === "ko" ? ko : en} timeZone="UTC">
      <ChartExportItems {...props} />
    </NextIntlClientProvider>
  );
}

function ChartExportItems({ chartRef, body, title, subtitle, asOf, horizon, span, legend, note, view, subject, label, csv, emptyReason, height, detailsOption, initialOpen }: ChartExportProps & { initialOpen: "first" | "last" }) {
  const t = useTranslations("Export");
  const locale = useLocale();
  const source = exportSource(t, locale, asOf, horizon, span);
  return (
    <ExportMenu
      label={label}
      view={view}
      subject={subject}
      asOf={asOf}
      emptyReason={emptyReason ?? (csv && csv.rows.length === 0 ? t("emptyChart") : null)}
      texts={{ title, subtitle, note }}
      detailsOption={detailsOption}
      initialOpen={initialOpen}
      getSvg={async (choice) => {
        const { frameFonts, frameSvg } = await import("@/lib/export/frame");
        // The texts as the analyst left them (prefilled with these props); the source line is always added.
        const texts = choice.title !== undefined ? { title: choice.title, subtitle: choice.subtitle, note: choice.note } : { title, subtitle, note };
        const size = { width: choice.size.width, height: choice.size.height ?? height };
        if (body) {
          const b = await body({ details: choice.details });
          return b ? frameSvg({ ...texts, asOf, horizon, source, body: b, legend, ...size }) : null;
        }
        const root = chartRef?.current;
        const svg = root?.querySelector<SVGSVGElement>("svg.recharts-surface") ?? root?.querySelector<SVGSVGElement>("svg");
        if (!svg) return null;
        // Laid out for the frame's width so that its smallest text reaches the frame's label size when framed.
        const { liveSvgForExport } = await import("./live-svg");
        // The box the frame leaves the chart with these texts and legend (a dry run of the frame).
        let box: { width: number; height: number | null } = { width: size.width, height: null };
        frameSvg({ ...texts, asOf, horizon, source, legend, ...size, body: (b) => ((box = b), { width: b.width, height: b.height ?? 1, markup: "" }) });
        const live = await liveSvgForExport(svg, frameFonts(size.width).small, box);
        return frameSvg({ ...texts, asOf, horizon, source, body: live, legend, ...size });
      }}
      getCsv={
        csv
          ? async () => {
              const { toCsv } = await import("@/lib/csv");
              // Every CSV says how far the coding reaches: one coded_through column.
              return toCsv([...csv.header, "coded_through"], csv.rows.map((r) => [...r, horizon]));
            }
          : undefined
      }
    />
  );
}
