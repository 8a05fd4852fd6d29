"use client";
import { forwardRef, useId, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { CsvValue } from "@/lib/csv";
import type { BodyBox, LegendItem, SvgBody } from "@/lib/export/frame";
import { ChartExport } from "../export/ChartExport";

export type DataTable = { caption: string; columns: string[]; rows: (string | number)[][] };

/**
 * What the chart's Export menu bakes into the file. Plain data (pages may pass it from the server); a chart
 * component adds its legend, CSV rows and, for charts that are not Recharts, a body builder.
 */
export type ChartExportInfo = {
  /** Who is compared and the as-of date (and "what-if scenario applied" when it is). */
  subtitle: string;
  asOf: string;
  /** The coding horizon, printed in the source line ("positions coded through <date>"). */
  horizon: string | null;
  /** A chart over time: the dates it covers, which its source line names instead of `asOf`. */
  span?: { from: string; to: string };
  /** File name: stance-atlas_<view>_<subject>_<asOf>.<ext>. */
  view: string;
  subject?: string | null;
  /** Overrides the frame title (default: the chart's title). */
  title?: string;
  note?: string;
  legend?: LegendItem[];
  /** The rows behind exactly this chart; defaults to the data table. */
  csv?: { header: readonly string[]; rows: readonly (readonly CsvValue[])[] };
  emptyReason?: string | null;
  height?: number | "fit";
};

/**
 * The wrapper of every chart: a stable `data-chart` name, a visible title, an optional note, and the data as a
 * table behind a disclosure (for screen readers, keyboard users and anyone who wants the numbers). The ref is
 * the wrapper, so an export can find the chart's <svg> inside it.
 */
export const ChartFrame = forwardRef<
  HTMLElement,
  {
    name: string;
    title: string;
    note?: ReactNode;
    table?: DataTable;
    children: ReactNode;
    className?: string;
    testId?: string;
    /** Fill the parent's height (an embed sized to its iframe): the chart body takes what the caption leaves. */
    fill?: boolean;
    exportAs?: ChartExportInfo;
    /** Builds the export body from data (plain-SVG charts); Recharts charts are cloned from the live SVG. */
    exportBody?: () => Promise<SvgBody | ((box: BodyBox) => SvgBody) | null>;
  }
>(function ChartFrame({ name, title, note, table, children, className = "", testId, exportAs, exportBody, fill = false }, ref) {
  const t = useTranslations("Chart");
  const id = useId();
  const body = useRef<HTMLDivElement>(null);
  const csv = exportAs?.csv ?? (table ? { header: table.columns, rows: table.rows } : undefined);
  return (
    <figure ref={ref} data-chart={name} data-testid={testId} aria-labelledby={`${id}-t`} className={`min-w-0 ${fill ? "flex h-full flex-col" : ""} ${className}`}>
      <figcaption className="flex shrink-0 flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 flex-1">
          <h3 id={`${id}-t`} className="text-sm font-semibold text-slate-900">
            {title}
          </h3>
          {note && <p className="mt-0.5 text-xs text-slate-600">{note}</p>}
        </div>
        {exportAs && (
          <ChartExport
            chartRef={body}
            body={exportBody}
            title={exportAs.title ?? title}
            subtitle={exportAs.subtitle}
            asOf={exportAs.asOf}
            horizon={exportAs.horizon}
            span={exportAs.span}
            legend={exportAs.legend}
            note={exportAs.note}
            view={exportAs.view}
            subject={exportAs.subject}
            label={exportAs.title ?? title}
            csv={csv}
            emptyReason={exportAs.emptyReason}
            height={exportAs.height}
          />
        )}
      </figcaption>
      {/* Filling: the body grows into the height left, never below its content (the plot's minimum and the keys). */}
      <div ref={body} className={fill ? "mt-2 flex flex-1 flex-col" : "mt-2"}>
        {children}
      </div>
      {table && (
        // One class and element selectors (app/globals.css: .data-table): a table of a long series has hundreds of
        // cells, each sent twice (HTML and React's payload).
        <details className="data-table no-print shrink-0">
          <summary>{t("dataTable")}</summary>
          <div>
            <table>
              <caption>{table.caption}</caption>
              <thead>
                <tr>
                  {table.columns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((r, i) => (
                  <tr key={i}>
                    {r.map((v, j) => (
                      <td key={j}>{v}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </figure>
  );
});
