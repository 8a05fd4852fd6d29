"use client";
import { forwardRef } from "react";
import { useLocale, useTranslations } from "next-intl";
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDate } from "@/lib/dates";
import { LOW_STYLE } from "@/lib/palette";
import { isLowCoverage, LOW_COVERAGE_MIN } from "@/lib/timeline";
import { ChartFrame, type ChartExportInfo } from "./ChartFrame";
import { fromTime, stepData, timeTicks, toTime } from "./time";

export type TimelineSeries = {
  id: string;
  label: string;
  color: string;
  dash: string;
  points: { date: string; value: number | null; compared: number }[];
};
export type ChartMarker = { key: string; date: string; title: string };

/** Where a point's value holds only for the points of one coverage class (null elsewhere), for one of two lines. */
function coverageData(points: TimelineSeries["points"], issueCount: number, low: boolean) {
  return stepData(points.map((p) => ({ date: p.date, value: isLowCoverage(p.compared, issueCount) === low ? p.value : null })));
}

/** A hollow point where a low-coverage step starts (not at the step's end, one millisecond before the next date). */
function lowDot(color: string) {
  function LowDot(props: { cx?: number; cy?: number; payload?: { t: number; v: number | null }; index?: number }) {
    const { cx, cy, payload, index } = props;
    if (typeof cx !== "number" || typeof cy !== "number" || !payload || payload.v === null || payload.t % 86_400_000 !== 0) return <g key={index} />;
    return <circle key={index} cx={cx} cy={cy} r={LOW_STYLE.dotRadius} fill="#ffffff" stroke={color} strokeWidth={LOW_STYLE.dotStroke} data-coverage="low" />;
  }
  return LowDot;
}

/**
 * Salience-weighted divergence of pairs over time, as step lines, with numbered event markers. Stretches that
 * rest on few comparable issues (isLowCoverage) are drawn as the pair's own line, thin and faded, with a hollow
 * point at each step (LOW_STYLE), and said so under the chart.
 */
export const DivergenceTimelineChart = forwardRef<
  HTMLElement,
  {
    title: string;
    series: TimelineSeries[];
    markers: ChartMarker[];
    from: string;
    to: string;
    /** The plot's height in px, or "fill": the height its container leaves (an embed sized to its iframe). */
    height?: number | "fill";
    name?: string;
    /** How many issues there are, for the low-coverage rule (under a third of them is low). */
    issueCount: number;
    /** The Export menu; legend, marker note and CSV rows come from the series. */
    exportAs?: Omit<ChartExportInfo, "legend" | "csv">;
  }
>(function DivergenceTimelineChart({ title, series, markers, from, to, height = 320, name = "divergence-timeline", exportAs, issueCount }, ref) {
  const t = useTranslations("Chart");
  const locale = useLocale();
  const domain: [number, number] = [toTime(from), toTime(to)];
  const axis = timeTicks(from, to, locale);
  const low = (p: { compared: number }) => isLowCoverage(p.compared, issueCount);
  const rows = series.flatMap((s) =>
    s.points
      .filter((p) => p.date !== to || p === s.points.at(-1))
      .map((p) => [s.label, formatDate(p.date, locale), p.value === null ? t("noComparable") : low(p) ? t("fewIssuesMark", { value: p.value.toFixed(2) }) : p.value.toFixed(2), p.compared]),
  );
  const anyLow = series.some((s) => s.points.some((p) => p.value !== null && low(p)));
  const lowRule = t("timeline.lowRule", { min: LOW_COVERAGE_MIN, count: issueCount });
  const lowNote = t("timeline.lowNote", { rule: lowRule });
  return (
    <ChartFrame
      ref={ref}
      name={name}
      fill={height === "fill"}
      title={title}
      note={anyLow ? `${t("timeline.note")} ${lowNote}` : t("timeline.note")}
      table={{ caption: title, columns: [t("col.pair"), t("col.from"), t("col.divergence"), t("col.issuesCompared")], rows }}
      exportBody={async () => {
        const { trendBody } = await import("@/lib/export/trend-svg");
        return (box) =>
          trendBody(
            series.map((s) => ({ label: s.label, color: s.color, dash: s.dash, points: s.points.map((p) => ({ date: p.date, value: p.value, low: low(p) })) })),
            from,
            to,
            {
              width: box.width, height: box.height ?? undefined, step: true, fontSize: box.fonts.label, markers, aspect: 0.4, locale: locale === "ko" ? "ko" : "en",
              // The key draws each pair's exact dash pattern and the low-coverage style (the frame legend has neither).
              key: { series: true, lowLabel: t("timeline.fewLegend", { rule: lowRule }) },
            },
          );
      }}
      exportAs={
        exportAs && {
          height: "fit",
          note: anyLow ? t("timeline.fewExportNote") : undefined,
          emptyReason: series.length === 0 || series.every((s) => s.points.every((p) => p.value === null)) ? t("timeline.empty") : null,
          csv: {
            header: ["pair", "from", "divergence", "issues_compared"],
            rows: series.flatMap((s) => s.points.filter((p) => p.date !== to || p === s.points.at(-1)).map((p) => [s.id, p.date, p.value, p.compared])),
          },
          ...exportAs,
        }
      }
    >
      <ul className="mb-1 flex shrink-0 flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label={t("pairs")}>
        {series.map((s) => (
          <li key={s.id} className="flex items-center gap-1.5" data-pair={s.id}>
            <svg width="28" height="8" aria-hidden>
              <line x1="0" y1="4" x2="28" y2="4" stroke={s.color} strokeWidth="2.5" strokeDasharray={s.dash || undefined} />
            </svg>
            {s.label}
          </li>
        ))}
        {anyLow && (
          <li className="flex items-center gap-1.5" data-testid="low-coverage-key">
            <svg width="28" height="8" aria-hidden>
              <line x1="1" y1="4" x2="27" y2="4" stroke="#475569" strokeOpacity={LOW_STYLE.opacity} strokeWidth={LOW_STYLE.width} />
              <circle cx="14" cy="4" r={LOW_STYLE.dotRadius} fill="#ffffff" stroke="#475569" strokeWidth={LOW_STYLE.dotStroke} />
            </svg>
            {t("timeline.fewKey")}
          </li>
        )}
      </ul>
      <div style={height === "fill" ? undefined : { height }} className={height === "fill" ? "h-0 min-h-44 flex-1" : undefined}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart margin={{ top: 18, right: 16, bottom: 4, left: 0 }} title={title}>
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis
              type="number"
              dataKey="t"
              domain={domain}
              ticks={axis.ticks}
              tickFormatter={axis.label}
              tick={{ fontSize: 11, fill: "#475569" }}
              allowDuplicatedCategory={false}
            />
            <YAxis domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tick={{ fontSize: 11, fill: "#475569" }} width={40} />
            <Tooltip
              labelFormatter={(v) => formatDate(fromTime(Number(v)), locale)}
              formatter={(v) => (typeof v === "number" ? v.toFixed(2) : "–")}
            />
            {markers.map((m, i) => (
              <ReferenceLine
                key={m.key}
                x={toTime(m.date)}
                stroke="#94a3b8"
                strokeDasharray="3 3"
                label={{ value: String(i + 1), position: "top", fontSize: 10, fill: "#334155" }}
              />
            ))}
            {series.map((s) => (
              <Line
                key={s.id}
                name={s.label}
                className={`pair-line pair-${s.id}`}
                data={coverageData(s.points, issueCount, false)}
                dataKey="v"
                type="linear"
                stroke={s.color}
                strokeWidth={2.25}
                strokeDasharray={s.dash || undefined}
                dot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
            {series.map((s) => (
              <Line
                key={`${s.id}-low`}
                name={t("timeline.fewSeries", { label: s.label })}
                className={`low-coverage pair-${s.id}`}
                data={coverageData(s.points, issueCount, true)}
                dataKey="v"
                type="linear"
                stroke={s.color}
                strokeOpacity={LOW_STYLE.opacity}
                strokeWidth={LOW_STYLE.width}
                strokeDasharray={s.dash || undefined}
                dot={lowDot(s.color)}
                activeDot={false}
                connectNulls={false}
                isAnimationActive={false}
                legendType="none"
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      {markers.length > 0 && <MarkerList markers={markers} />}
    </ChartFrame>
  );
});

export function MarkerList({ markers }: { markers: ChartMarker[] }) {
  const t = useTranslations("Chart");
  const locale = useLocale();
  return (
    <ol className="mt-2 grid shrink-0 gap-x-4 gap-y-0.5 text-xs text-slate-600 sm:grid-cols-2 lg:grid-cols-3" aria-label={t("markers")}>
      {markers.map((m, i) => (
        <li key={m.key} className="flex gap-1.5">
          <span className="min-w-4 shrink-0 whitespace-nowrap text-right font-semibold tabular-nums text-slate-800">{i + 1}</span>
          <span>
            {m.title} <span className="whitespace-nowrap text-slate-500">({formatDate(m.date, locale)})</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
