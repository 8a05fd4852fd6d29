"use client";
import { forwardRef, type CSSProperties } from "react";
import { useTranslations } from "next-intl";
import { barSpan } from "@/lib/export/bars-svg";
import { formatPosition } from "@/lib/domain";
import { barExport, BarLegend, barTable } from "./bar-parts";
import { ChartFrame, type DataTable } from "./ChartFrame";
import type { IssueBarProps } from "./IssueBarChart";

/**
 * Horizontal bars, one per issue, as an HTML table: the issue, its bar on the axis, the printed value, and the
 * detail for screen readers (and as the row's tooltip). No charting library: it is drawn on the server, readable
 * without JavaScript, and it is its own data table. Same props as IssueBarChart; the export draws the same bars
 * from data (lib/export/bars-svg.ts) at the chosen size.
 */
export const BarList = forwardRef<HTMLElement, IssueBarProps>(function BarList({ name, title, note, bars, domain, ticks, tickFormat, valueHeader, zeroLine, legend, exportAs }, ref) {
  const t = useTranslations("Chart");
  const tick = (v: number) => (tickFormat === "signed" ? formatPosition(v) : String(v));
  return (
    <ChartFrame
      ref={ref}
      name={name}
      title={title}
      note={note}
      exportAs={barExport(t, { bars, legend, exportAs }, { csv: csvOf(barTable(t, title, valueHeader, bars)) })}
      exportBody={async () => {
        const { barsBody } = await import("@/lib/export/bars-svg");
        return barsBody(
          bars.map((b) => ({ label: b.label, value: b.value, color: b.color, text: b.value === null ? "–" : b.text })),
          { domain, ticks, tickLabels: ticks.map(tick), zeroLine },
        );
      }}
    >
      {legend && <BarLegend legend={legend} label={t("colours")} />}
      <table className="bars" style={{ ...gridStyle(domain, ticks, zeroLine), "--vw": `${Math.max(3, ...bars.map((b) => (b.value === null ? 1 : b.text.length))) + 1}ch` } as CSSProperties}>
        <caption className="sr-only">{title}</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">{t("col.issue")}</th>
            <th scope="col">{valueHeader}</th>
            <th scope="col">{t("col.detail")}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => {
            const span = b.value === null ? null : barSpan(b.value, domain);
            return (
              <tr key={b.key} title={b.detail}>
                <th scope="row">{b.label}</th>
                <td>
                  <div>
                    <span className="bar-track" aria-hidden>
                      {span && <i style={{ left: pct(span.start), width: pct(Math.max(0.004, span.end - span.start)), background: b.color }} />}
                    </span>
                    <b>{b.value === null ? "–" : b.text}</b>
                  </div>
                </td>
                <td className="sr-only">{b.detail}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot aria-hidden>
          <tr>
            <td />
            <td>
              <div>
                <span className="bar-axis">
                  {ticks.map((v) => (
                    <span key={v} style={{ left: pct(barSpan(v, domain).end) }}>
                      {tick(v)}
                    </span>
                  ))}
                </span>
                <b />
              </div>
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
    </ChartFrame>
  );
});

const pct = (share: number) => `${+(share * 100).toFixed(2)}%`;

/** Grid lines (CSS, one gradient for the whole table) when the ticks divide the domain evenly; the zero line. */
function gridStyle([min, max]: [number, number], ticks: number[], zeroLine?: boolean): CSSProperties {
  const steps = ticks.length - 1;
  const even = steps > 0 && ticks[0] === min && ticks[steps] === max && ticks.every((v, i) => Math.abs(v - (min + ((max - min) * i) / steps)) < 1e-9);
  return {
    ...(even ? { "--steps": steps } : {}),
    ...(zeroLine && min < 0 && max > 0 ? { "--zero": pct(barSpan(0, [min, max]).end) } : {}),
  } as CSSProperties;
}

/** A data table as the Export menu's CSV rows. */
const csvOf = (table: DataTable) => ({ header: table.columns, rows: table.rows });
