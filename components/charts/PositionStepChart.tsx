"use client";
import { forwardRef } from "react";
import { useLocale, useTranslations } from "next-intl";
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatPosition, scaleLabel } from "@/lib/domain";
import { formatDate } from "@/lib/dates";
import { ChartFrame, type ChartExportInfo } from "./ChartFrame";
import type { ChartMarker } from "./DivergenceTimelineChart";
import { ChartPlaceholder, useInBrowser } from "./in-browser";
import { fromTime, stepData, toTime, yearTicks } from "./time";

/**
 * One actor's position on one issue over time (a step line on -2..+2), with numbered event markers. Drawn in the
 * browser only (useInBrowser): the server sends its place, the page its numbers (the issue page's stance list).
 */
export const PositionStepChart = forwardRef<
  HTMLElement,
  {
    title: string;
    name?: string;
    color: string;
    labels: string[];
    steps: { date: string; position: number | null }[];
    markers: ChartMarker[];
    from: string;
    to: string;
    testId?: string;
    exportAs?: ChartExportInfo;
  }
>(function PositionStepChart({ title, name = "position-steps", color, labels, steps, markers, from, to, testId, exportAs }, ref) {
  const t = useTranslations("Chart");
  const locale = useLocale();
  const inBrowser = useInBrowser();
  if (!inBrowser) return <ChartPlaceholder name={name} testId={testId} height={206} />;
  const data = stepData(steps.map((s) => ({ date: s.date, value: s.position })));
  const rows = steps
    .filter((s, i) => i === 0 || s.date !== to)
    .map((s) => [formatDate(s.date, locale), formatPosition(s.position), s.position === null ? t("step.noPosition") : scaleLabel(labels, s.position)]);
  return (
    <ChartFrame
      ref={ref}
      name={name}
      title={title}
      testId={testId}
      table={{ caption: title, columns: [t("col.from"), t("col.position"), t("col.label")], rows }}
      exportAs={
        exportAs && {
          height: "fit",
          legend: [{ kind: "line", label: t("step.legend"), stroke: color }],
          note: markers.length ? t("step.markersNote", { list: markers.map((m, i) => `${i + 1} ${m.title} (${formatDate(m.date, locale)})`).join("; ") }) : undefined,
          emptyReason: steps.every((s) => s.position === null) ? t("step.empty") : null,
          csv: { header: ["from", "position", "label"], rows: steps.filter((s, i) => i === 0 || s.date !== to).map((s) => [s.date, s.position, scaleLabel(labels, s.position)]) },
          ...exportAs,
        }
      }
    >
      <div style={{ height: 150 }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 14, right: 12, bottom: 0, left: 0 }} title={title}>
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis
              type="number"
              dataKey="t"
              domain={[toTime(from), toTime(to)]}
              ticks={yearTicks(from, to)}
              tickFormatter={(t: number) => fromTime(t).slice(0, 4)}
              tick={{ fontSize: 11, fill: "#475569" }}
            />
            <YAxis domain={[-2.4, 2.4]} ticks={[-2, -1, 0, 1, 2]} tickFormatter={(v: number) => formatPosition(v)} tick={{ fontSize: 11, fill: "#475569" }} width={32} />
            <ReferenceLine y={0} stroke="#94a3b8" />
            {markers.map((m, i) => (
              <ReferenceLine key={m.key} x={toTime(m.date)} stroke="#cbd5e1" strokeDasharray="3 3" label={{ value: String(i + 1), position: "top", fontSize: 9, fill: "#475569" }} />
            ))}
            <Tooltip
              labelFormatter={(v) => formatDate(fromTime(Number(v)), locale)}
              formatter={(v) => (typeof v === "number" ? `${formatPosition(v)} ${scaleLabel(labels, v)}` : t("step.noPosition"))}
            />
            <Line data={data} dataKey="v" name={t("col.position")} type="linear" stroke={color} strokeWidth={2.5} dot={false} connectNulls={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </ChartFrame>
  );
});
