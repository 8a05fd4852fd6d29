/** A small line chart over time (divergence of actor pairs by date), as pure SVG. */
import { daysBetween } from "../dates";
import type { SvgBody } from "./frame";
import { round } from "./svg";
import { el, MUTED, RULE, text } from "./svg";

export type Point = { x: number; y: number } | null;

/**
 * An SVG path through the points; null points break the line (a gap, not a drop to zero). With `step`, the value
 * holds until the next point (as-of data changes on a date, it does not slide between samples).
 */
export function linePath(points: readonly Point[], step = false): string {
  let d = "";
  let prev: { x: number; y: number } | null = null;
  for (const p of points) {
    if (!p) {
      prev = null;
      continue;
    }
    if (!prev) d += `M${round(p.x)} ${round(p.y)}`;
    else if (step) d += `H${round(p.x)}${p.y !== prev.y ? `V${round(p.y)}` : ""}`;
    else d += `L${round(p.x)} ${round(p.y)}`;
    prev = p;
  }
  return d;
}

export type TrendSeries = { label: string; color: string; dashed?: boolean; points: readonly { date: string; value: number | null }[] };

export function trendBody(series: readonly TrendSeries[], from: string, to: string, opts: { width?: number; height?: number; yLabel?: string; step?: boolean } = {}): SvgBody {
  const width = opts.width ?? 1504;
  const height = opts.height ?? 560;
  const left = 64;
  const right = 24;
  const top = opts.yLabel ? 40 : 16;
  const bottom = 44;
  const span = Math.max(1, daysBetween(from, to));
  const sx = (date: string) => left + (daysBetween(from, date) / span) * (width - left - right);
  const sy = (v: number) => top + (1 - v) * (height - top - bottom);
  const parts: string[] = [];
  for (const v of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(el("line", { x1: left, y1: sy(v), x2: width - right, y2: sy(v), stroke: v === 0 ? "#9ca3af" : RULE, "stroke-width": 1 }));
    parts.push(text(left - 10, sy(v) + 5, v.toFixed(2), { size: 14, fill: MUTED, anchor: "end" }));
  }
  const y0 = Number(from.slice(0, 4));
  const y1 = Number(to.slice(0, 4));
  const every = y1 - y0 > 8 ? 2 : 1;
  for (let y = y0 + (from.slice(5) === "01-01" ? 0 : 1); y <= y1; y += every) {
    const x = sx(`${y}-01-01`);
    parts.push(el("line", { x1: x, y1: height - bottom, x2: x, y2: height - bottom + 6, stroke: "#9ca3af" }));
    parts.push(text(x, height - bottom + 24, String(y), { size: 14, fill: MUTED, anchor: "middle" }));
  }
  if (opts.yLabel) parts.push(text(left - 40, 16, opts.yLabel, { size: 14, fill: MUTED }));
  for (const s of series)
    parts.push(
      el("path", {
        d: linePath(s.points.map((p) => (p.value === null ? null : { x: sx(p.date), y: sy(p.value) })), opts.step),
        fill: "none", stroke: s.color, "stroke-width": 3, "stroke-linejoin": "round", "stroke-dasharray": s.dashed ? "8 5" : undefined,
      }),
    );
  return { width, height, markup: parts.join("") };
}
