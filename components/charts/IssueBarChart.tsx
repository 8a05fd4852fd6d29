"use client";
import { forwardRef } from "react";
import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatPosition } from "@/lib/domain";
import { barExport, BarLegend, barTable } from "./bar-parts";
import { ChartFrame, type ChartExportInfo } from "./ChartFrame";

export type IssueBar = { key: string; label: string; value: number | null; color: string; text: string; detail?: string };

/** The props of a chart of bars, one per issue (this one and BarList, its HTML counterpart). */
export type IssueBarProps = {
  name: string;
  title: string;
  note?: string;
  bars: IssueBar[];
  domain: [number, number];
  ticks: number[];
  /** "signed": +1 / −1 ticks (positions); otherwise plain numbers. A name, not a function: props cross from the server. */
  tickFormat?: "signed" | "plain";
  valueHeader: string;
  zeroLine?: boolean;
  legend?: { label: string; color: string }[];
  /** The Export menu; the legend comes from `legend`, the CSV defaults to the data table. */
  exportAs?: ChartExportInfo;
};

/**
 * Horizontal bars, one per issue (positions on -2..+2, saliences 1..5, gaps 0..4): the caller chooses the domain,
 * the colours and the printed value. Missing values are listed as "no stated position" / "not comparable".
 */
export const IssueBarChart = forwardRef<HTMLElement, IssueBarProps>(function IssueBarChart({ name, title, note, bars, domain, ticks, tickFormat, valueHeader, zeroLine, legend, exportAs }, ref) {
  const t = useTranslations("Chart");
  const data = bars.map((b) => ({ ...b, v: b.value, shown: b.value === null ? "–" : b.text }));
  return (
    <ChartFrame
      ref={ref}
      name={name}
      title={title}
      note={note}
      table={barTable(t, title, valueHeader, bars)}
      exportAs={barExport(t, { bars, legend, exportAs })}
    >
      {legend && <BarLegend legend={legend} label={t("colours")} />}
      <div style={{ height: 28 + bars.length * 30 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 4 }} barCategoryGap={6} title={title}>
            <CartesianGrid stroke="#e2e8f0" horizontal={false} />
            <XAxis type="number" domain={domain} ticks={ticks} tickFormatter={tickFormat === "signed" ? (v: number) => formatPosition(v) : undefined} tick={{ fontSize: 11, fill: "#475569" }} />
            <YAxis
              type="category"
              dataKey="label"
              width={176}
              tick={{ fontSize: 11, fill: "#0f172a" }}
              tickFormatter={(v: string) => (v.length > 30 ? `${v.slice(0, 29)}…` : v)}
            />
            {zeroLine && <ReferenceLine x={0} stroke="#64748b" />}
            <Tooltip formatter={(_v, _n, item) => [(item.payload as { shown: string }).shown, valueHeader]} cursor={{ fill: "#f1f5f9" }} />
            <Bar dataKey="v" isAnimationActive={false} minPointSize={0}>
              {data.map((d) => (
                <Cell key={d.key} fill={d.color} />
              ))}
              <LabelList dataKey="shown" position="right" fontSize={11} fill="#0f172a" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartFrame>
  );
});
