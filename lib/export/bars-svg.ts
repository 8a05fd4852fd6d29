/**
 * Horizontal bars, one per row (an issue's gap, spread, position or salience), drawn from data for an export
 * frame: labels on the left, bars from the domain's zero (or its start), the printed value in a column on the right, tick
 * labels and grid lines. Drawn for the box the frame leaves it, with the frame's label size, so a slide keeps its
 * labels legible instead of scaling a screen-sized chart.
 */
import type { BodyBox, SvgBody } from "./frame";
import { el, MUTED, RULE, text, textWidth, truncate } from "./svg";

export type BarRow = { label: string; value: number | null; color: string; text: string };
export type BarAxis = { domain: readonly [number, number]; ticks: readonly number[]; tickLabels?: readonly string[]; zeroLine?: boolean };

/** Where a bar starts and ends on the 0..1 scale of the plot: from zero when the domain spans it, else its start. */
export function barSpan(value: number, [min, max]: readonly [number, number]): { start: number; end: number } {
  const scale = (v: number) => (Math.min(max, Math.max(min, v)) - min) / (max - min || 1);
  const base = scale(min <= 0 && max >= 0 ? 0 : min);
  const at = scale(value);
  return { start: Math.min(base, at), end: Math.max(base, at) };
}

export function barsBody(rows: readonly BarRow[], axis: BarAxis): (box: BodyBox) => SvgBody {
  return ({ width, height, fonts }) => {
    const size = fonts.label;
    const axisH = size * 1.8;
    const natural = size * 2;
    // A fixed frame height (a slide) spreads the rows, within reason; "fit" keeps the natural row height.
    const rowH = height === null ? natural : Math.max(size * 1.4, Math.min(size * 3, (height - axisH) / Math.max(1, rows.length)));
    const longest = Math.max(0, ...rows.map((r) => textWidth(r.label, size)));
    const labelW = Math.min(width * 0.38, longest + size);
    const valueW = Math.max(...rows.map((r) => textWidth(r.text, size, true)), textWidth("0.00", size, true)) + size * 0.6;
    const plotX = labelW;
    const plotW = Math.max(40, width - labelW - valueW);
    const x = (share: number) => plotX + share * plotW;
    const scale = (v: number) => (v - axis.domain[0]) / (axis.domain[1] - axis.domain[0] || 1);
    const plotH = rows.length * rowH;
    const parts: string[] = [];
    axis.ticks.forEach((t, i) => {
      const tx = x(scale(t));
      parts.push(el("line", { x1: tx, y1: 0, x2: tx, y2: plotH, stroke: RULE, "stroke-width": 1 }));
      parts.push(text(tx, plotH + size * 1.3, axis.tickLabels?.[i] ?? String(t), { size: Math.max(fonts.small, size * 0.9), fill: MUTED, anchor: "middle" }));
    });
    rows.forEach((r, i) => {
      const y = i * rowH;
      const mid = y + rowH / 2 + size * 0.35;
      parts.push(text(labelW - size * 0.5, mid, truncate(r.label, labelW - size, size), { size, anchor: "end" }));
      parts.push(text(plotX + plotW + size * 0.5, mid, r.text, r.value === null ? { size, fill: MUTED } : { size, weight: "bold" }));
      if (r.value === null) return;
      const { start, end } = barSpan(r.value, axis.domain);
      const barH = Math.min(rowH * 0.7, size * 1.5);
      parts.push(el("rect", { x: x(start), y: y + (rowH - barH) / 2, width: Math.max(1, (end - start) * plotW), height: barH, fill: r.color }));
    });
    if (axis.zeroLine) parts.push(el("line", { x1: x(scale(0)), y1: 0, x2: x(scale(0)), y2: plotH, stroke: MUTED, "stroke-width": 1.5 }));
    return { width, height: plotH + axisH, markup: parts.join("") };
  };
}
