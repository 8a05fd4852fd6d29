"use client";
import { forwardRef } from "react";
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDate } from "@/lib/dates";
import { ChartFrame, type ChartExportInfo } from "./ChartFrame";
import { fromTime, stepData, toTime, yearTicks } from "./time";

export type TimelineSeries = {
  id: string;
  label: string;
  color: string;
  dash: string;
  points: { date: string; value: number | null; compared: number }[];
};
export type ChartMarker = { key: string; date: string; title: string };

/** Salience-weighted divergence of pairs over time, as step lines, with numbered event markers. */
export const DivergenceTimelineChart = forwardRef<
  HTMLElement,
  {
    title: string;
    series: TimelineSeries[];
    markers: ChartMarker[];
    from: string;
    to: string;
    height?: number;
    name?: string;
    /** The Export menu; legend, marker note and CSV rows come from the series. */
    exportAs?: Omit<ChartExportInfo, "legend" | "csv">;
  }
>(function DivergenceTimelineChart({ title, series, markers, from, to, height = 320, name = "divergence-timeline", exportAs }, ref) {
  const domain: [number, number] = [toTime(from), toTime(to)];
  const rows = series.flatMap((s) =>
    s.points.filter((p) => p.date !== to || p === s.points.at(-1)).map((p) => [s.label, formatDate(p.date), p.value === null ? "no comparable issues" : p.value.toFixed(2), p.compared]),
  );
  return (
    <ChartFrame
      ref={ref}
      name={name}
      title={title}
      note="0 = same positions on every compared issue, 1 = opposite poles. The line steps on the dates a stance of either actor changed."
      table={{ caption: title, columns: ["Pair", "From", "Divergence", "Issues compared"], rows }}
      exportAs={
        exportAs && {
          height: "fit",
          legend: series.map((s) => ({ kind: "line" as const, label: s.label, stroke: s.color, dashed: Boolean(s.dash) })),
          note: markers.length ? `Markers: ${markers.map((m, i) => `${i + 1} ${m.title} (${m.date})`).join("; ")}` : undefined,
          emptyReason: series.length === 0 || series.every((s) => s.points.every((p) => p.value === null)) ? "There is no divergence to draw for these pairs." : null,
          csv: {
            header: ["pair", "from", "divergence", "issues_compared"],
            rows: series.flatMap((s) => s.points.filter((p) => p.date !== to || p === s.points.at(-1)).map((p) => [s.id, p.date, p.value, p.compared])),
          },
          ...exportAs,
        }
      }
    >
      <ul className="mb-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label="Pairs">
        {series.map((s) => (
          <li key={s.id} className="flex items-center gap-1.5">
            <svg width="28" height="8" aria-hidden>
              <line x1="0" y1="4" x2="28" y2="4" stroke={s.color} strokeWidth="2.5" strokeDasharray={s.dash || undefined} />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
      <div style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart margin={{ top: 18, right: 16, bottom: 4, left: 0 }} title={title}>
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis
              type="number"
              dataKey="t"
              domain={domain}
              ticks={yearTicks(from, to)}
              tickFormatter={(t: number) => fromTime(t).slice(0, 4)}
              tick={{ fontSize: 11, fill: "#475569" }}
              allowDuplicatedCategory={false}
            />
            <YAxis domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tick={{ fontSize: 11, fill: "#475569" }} width={40} />
            <Tooltip
              labelFormatter={(t) => formatDate(fromTime(Number(t)))}
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
                data={stepData(s.points)}
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
          </LineChart>
        </ResponsiveContainer>
      </div>
      {markers.length > 0 && <MarkerList markers={markers} />}
    </ChartFrame>
  );
});

export function MarkerList({ markers }: { markers: ChartMarker[] }) {
  return (
    <ol className="mt-2 grid gap-x-4 gap-y-0.5 text-xs text-slate-600 sm:grid-cols-2 lg:grid-cols-3" aria-label="Event markers">
      {markers.map((m, i) => (
        <li key={m.key} className="flex gap-1.5">
          <span className="w-4 shrink-0 text-right font-semibold tabular-nums text-slate-800">{i + 1}</span>
          <span>
            {m.title} <span className="whitespace-nowrap text-slate-500">({formatDate(m.date)})</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
