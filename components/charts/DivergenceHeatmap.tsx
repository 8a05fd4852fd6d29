"use client";
import { forwardRef } from "react";
import { useLocale, useTranslations } from "next-intl";
import { localizeHref } from "@/lib/i18n/paths";
import { heatmapLegend } from "@/lib/export/heatmap-svg";
import { divergenceFill } from "@/lib/palette";
import { ChartFrame, type ChartExportInfo } from "./ChartFrame";
import { josa } from "@/lib/i18n/josa";

export type HeatmapActor = { code: string; shortName: string; color: string };
export type HeatmapValue = { a: string; b: string; value: number | null; compared: number; changed?: boolean };

const CELL = 66;
const LEFT = 104;
const TOP = 58;

/** Actors x actors, each cell the pair's salience-weighted divergence with the value printed; cells link to the comparison. */
export const DivergenceHeatmap = forwardRef<
  HTMLElement,
  {
    title: string;
    note?: string;
    actors: HeatmapActor[];
    values: HeatmapValue[];
    /** Each cell links to /compare?a=..&b=.. followed by this query (e.g. "&asOf=2019-03-01"). A string, not a function: props cross from the server. */
    compareQuery: string;
    /** The Export menu (legend, CSV rows and the drawing come from the values shown). */
    exportAs?: Omit<ChartExportInfo, "legend" | "csv">;
  }
>(function DivergenceHeatmap({ title, note, actors, values, compareQuery, exportAs }, ref) {
  const t = useTranslations("Chart");
  const locale = useLocale();
  const get = (a: string, b: string) => values.find((v) => v.a === a && v.b === b);
  const n = actors.length;
  const width = LEFT + n * CELL + 4;
  const height = TOP + n * CELL + 4;
  const rows = actors.flatMap((a, i) =>
    actors.slice(i + 1).map((b) => {
      const v = get(a.code, b.code);
      return [`${a.shortName} – ${b.shortName}`, v?.value == null ? t("noComparable") : v.value.toFixed(2), v?.compared ?? 0];
    }),
  );
  return (
    <ChartFrame
      ref={ref}
      name="divergence-heatmap"
      title={title}
      note={note}
      table={{ caption: title, columns: [t("col.pair"), t("col.divergence"), t("col.issuesCompared")], rows }}
      exportAs={
        exportAs && {
          ...exportAs,
          height: exportAs.height ?? "fit",
          legend: heatmapLegend({ ramp: t("heat.legendRamp"), from: t("heat.legendFrom"), to: t("heat.legendTo"), na: t("heat.legendNa") }),
          emptyReason: exportAs.emptyReason ?? (actors.length < 2 ? t("heat.fewActors") : null),
          csv: {
            header: ["as_of", "actor_a", "actor_b", "divergence", "issues_compared"],
            rows: actors.flatMap((a) =>
              actors.filter((b) => b.code !== a.code).map((b) => {
                const v = get(a.code, b.code);
                return [exportAs.asOf, a.code, b.code, v?.value ?? null, v?.compared ?? 0];
              }),
            ),
          },
        }
      }
      exportBody={async () => {
        const { heatmapFigure } = await import("@/lib/export/heatmap-svg");
        return heatmapFigure(
          actors,
          values.map((v) => ({ a: v.a, b: v.b, value: v.value, compared: v.compared })),
          (count) => t("heat.issues", { count }),
        );
      }}
    >
      <div className="overflow-x-auto">
        <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="max-w-none" role="group" aria-label={title} fontFamily="system-ui, sans-serif">
          {actors.map((a, j) => (
            <g key={`col-${a.code}`} transform={`translate(${LEFT + j * CELL + CELL / 2}, ${TOP - 10})`}>
              <circle cx={0} cy={-30} r={5} fill={a.color} />
              <text textAnchor="middle" fontSize={11} fill="#0f172a" y={-10}>
                {a.shortName.length > 11 ? a.code : a.shortName}
              </text>
            </g>
          ))}
          {actors.map((a, i) => (
            <g key={`row-${a.code}`}>
              <circle cx={10} cy={TOP + i * CELL + CELL / 2} r={5} fill={a.color} />
              <text x={20} y={TOP + i * CELL + CELL / 2 + 4} fontSize={11} fill="#0f172a">
                {a.shortName}
              </text>
              {actors.map((b, j) => {
                const x = LEFT + j * CELL;
                const y = TOP + i * CELL;
                if (a.code === b.code)
                  return <rect key={b.code} x={x + 1} y={y + 1} width={CELL - 2} height={CELL - 2} fill="#f8fafc" stroke="#e2e8f0" />;
                const v = get(a.code, b.code);
                const { fill, text } = divergenceFill(v?.value ?? null);
                const base = josa(v?.value == null ? t("heat.cellNone", { a: a.shortName, b: b.shortName }) : t("heat.cell", { a: a.shortName, b: b.shortName, value: v.value.toFixed(2), count: v.compared }));
                const label = v?.changed ? t("heat.whatIf", { label: base }) : base;
                return (
                  <a key={b.code} href={localizeHref(locale, `/compare?a=${a.code}&b=${b.code}${compareQuery}`)} aria-label={label} data-testid={`heat-${a.code}-${b.code}`} data-value={v?.value == null ? "" : v.value.toFixed(4)}>
                    <title>{label}</title>
                    <rect x={x + 1} y={y + 1} width={CELL - 2} height={CELL - 2} rx={3} fill={fill} stroke={v?.changed ? "#0f172a" : "#ffffff"} strokeWidth={v?.changed ? 2 : 1} strokeDasharray={v?.changed ? "4 2" : undefined} />
                    <text x={x + CELL / 2} y={y + CELL / 2 + 5} textAnchor="middle" fontSize={15} fontWeight={600} fill={text}>
                      {v?.value == null ? "–" : v.value.toFixed(2)}
                    </text>
                  </a>
                );
              })}
            </g>
          ))}
        </svg>
      </div>
    </ChartFrame>
  );
});
