import type { useTranslations } from "next-intl";
import type { ChartExportInfo, DataTable } from "./ChartFrame";
import type { IssueBar, IssueBarProps } from "./IssueBarChart";

type ChartT = ReturnType<typeof useTranslations<"Chart">>;

/** The bars as a data table (issue, printed value, detail): the disclosure of IssueBarChart, BarList's CSV. */
export function barTable(t: ChartT, title: string, valueHeader: string, bars: readonly IssueBar[]): DataTable {
  return { caption: title, columns: [t("col.issue"), valueHeader, t("col.detail")], rows: bars.map((b) => [b.label, b.value === null ? "–" : b.text, b.detail ?? ""]) };
}

/** What a chart of bars adds to its Export menu: the height to fit, the legend's swatches, why it is empty. */
export function barExport(t: ChartT, { bars, legend, exportAs }: Pick<IssueBarProps, "bars" | "legend" | "exportAs">, extra: Partial<ChartExportInfo> = {}): ChartExportInfo | undefined {
  return (
    exportAs && {
      height: "fit",
      legend: legend?.map((l) => ({ kind: "swatch" as const, label: l.label, fill: l.color })),
      emptyReason: bars.every((b) => b.value === null) ? t("noDataForDate") : null,
      ...extra,
      ...exportAs,
    }
  );
}

/** The colour key above the bars. */
export function BarLegend({ legend, label }: { legend: NonNullable<IssueBarProps["legend"]>; label: string }) {
  return (
    <ul className="mb-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700" aria-label={label}>
      {legend.map((l) => (
        <li key={l.label} className="flex items-center gap-1">
          <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-sm" style={{ backgroundColor: l.color }} />
          {l.label}
        </li>
      ))}
    </ul>
  );
}
