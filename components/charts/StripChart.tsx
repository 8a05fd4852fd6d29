"use client";
import { forwardRef } from "react";
import { useTranslations } from "next-intl";
import { ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ReferenceLine } from "recharts";
import { formatPosition, scaleLabel } from "@/lib/domain";
import { ChartFrame, type ChartExportInfo } from "./ChartFrame";
import { ChartPlaceholder, useInBrowser } from "./in-browser";

export type StripPoint = { id: string; label: string; color: string; position: number; lowConfidence: boolean };

type Dot = StripPoint & { x: number; y: number };

/**
 * Every actor's current position on one axis (-2..+2); actors at the same point stack upward. Drawn in the browser
 * only (useInBrowser): the server sends its place, the page its numbers (the issue page's table of positions).
 */
export const StripChart = forwardRef<HTMLElement, { title: string; labels: string[]; points: StripPoint[]; note?: string; exportAs?: ChartExportInfo }>(function StripChart(
  { title, labels, points, note, exportAs },
  ref,
) {
  const t = useTranslations("Chart");
  const inBrowser = useInBrowser();
  const stack = new Map<number, number>();
  const dots: Dot[] = points.map((p) => {
    const y = stack.get(p.position) ?? 0;
    stack.set(p.position, y + 1);
    return { ...p, x: p.position, y };
  });
  const maxStack = Math.max(1, ...stack.values());
  if (!inBrowser) return <ChartPlaceholder name="issue-strip" height={70 + maxStack * 26 + (note ? 72 : 52)} />;
  return (
    <ChartFrame
      ref={ref}
      name="issue-strip"
      title={title}
      note={note}
      exportAs={exportAs && { height: "fit", emptyReason: points.length === 0 ? t("strip.empty") : null, ...exportAs }}
      table={{ caption: title, columns: [t("col.actor"), t("col.position"), t("col.label"), t("col.confidence")], rows: points.map((p) => [p.label, formatPosition(p.position), p.position === null ? t("step.noPosition") : scaleLabel(labels, p.position), p.lowConfidence ? t("strip.low") : t("strip.mediumHigh")]) }}
    >
      <div style={{ height: 70 + maxStack * 26 }}>
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart margin={{ top: 8, right: 24, bottom: 4, left: 24 }} title={title}>
            <XAxis type="number" dataKey="x" domain={[-2.4, 2.4]} ticks={[-2, -1, 0, 1, 2]} tickFormatter={(v: number) => formatPosition(v)} tick={{ fontSize: 12, fill: "#334155" }} />
            <YAxis type="number" dataKey="y" domain={[-0.6, maxStack - 0.4]} hide />
            {[-2, -1, 0, 1, 2].map((v) => (
              <ReferenceLine key={v} x={v} stroke="#e2e8f0" />
            ))}
            <Tooltip
              cursor={false}
              content={({ active, payload }) => {
                const d = active && payload?.[0] ? (payload[0].payload as Dot) : null;
                if (!d) return null;
                return (
                  <div className="max-w-64 rounded bg-slate-900 px-2 py-1 text-xs text-white">
                    {d.label}: {formatPosition(d.position)} {scaleLabel(labels, d.position)}
                    {d.lowConfidence ? ` ${t("strip.lowConfidence")}` : ""}
                  </div>
                );
              }}
            />
            <Scatter
              data={dots}
              isAnimationActive={false}
              shape={(props: unknown) => {
                const { cx, cy, payload } = props as { cx: number; cy: number; payload: Dot };
                return (
                  <g>
                    <circle cx={cx} cy={cy} r={8} fill={payload.color} stroke={payload.lowConfidence ? "#111827" : "#ffffff"} strokeWidth={payload.lowConfidence ? 1.5 : 2} strokeDasharray={payload.lowConfidence ? "2 2" : undefined} />
                    <text x={cx + 12} y={cy + 4} fontSize={11} fill="#0f172a">
                      {payload.label}
                      {payload.lowConfidence ? ` ${t("strip.lowConf")}` : ""}
                    </text>
                  </g>
                );
              }}
            />
          </ScatterChart>
        </ResponsiveContainer>
      </div>
    </ChartFrame>
  );
});
