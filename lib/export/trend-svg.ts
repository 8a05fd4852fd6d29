/** A small line chart over time (divergence of actor pairs by date), as pure SVG. */
import { daysBetween, formatDate } from "../dates";
import type { SvgBody } from "./frame";
import { LOW_STYLE } from "../palette";
import { round } from "./svg";
import { el, INK, MUTED, RULE, text, textWidth, truncate } from "./svg";

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

export type TrendSeries = {
  label: string;
  color: string;
  /** A plain dashed line (8 5); `dash` gives the exact pattern instead. */
  dashed?: boolean;
  /** The line's own dash pattern as on the page ("6 3", "2 2", "8 3 2 3"; "" solid), scaled with the labels. */
  dash?: string;
  /**
   * `low`: the point rests on few comparable issues (isLowCoverage); its step is drawn thin and faded in the
   * series' own dash pattern, with a hollow point where it starts (LOW_STYLE).
   */
  points: readonly { date: string; value: number | null; low?: boolean }[];
};

/** A dash pattern scaled by `u` (the label size over 14 px); "" stays solid. */
export function scaleDash(dash: string | undefined, u: number): string | undefined {
  if (!dash) return undefined;
  return dash.trim().split(/\s+/).map((n) => round(Number(n) * 1.5 * u)).join(" ");
}

export type TrendMarker = { date: string; title: string };

export type TrendOptions = {
  width?: number;
  height?: number;
  yLabel?: string;
  step?: boolean;
  /** Axis and marker label size in px (default 14); the frame's fonts.label keeps labels legible on a slide. */
  fontSize?: number;
  /** Numbered vertical markers, with a key of their titles and dates under the plot. */
  markers?: readonly TrendMarker[];
  /** Height of the plot when `height` is not given, as a share of the width. */
  aspect?: number;
  /** The language of the month labels and marker dates (default English). */
  locale?: "en" | "ko";
  /**
   * A key drawn under the plot with each line exactly as drawn (its dash pattern) and, when some point is low,
   * the low-coverage entry with this label. For exports whose frame legend cannot draw the dash patterns.
   */
  key?: { series: boolean; lowLabel?: string };
};

/** The step segments of one series, split by coverage: "M x y H x2" runs and the risers between them. */
export function stepSegments(points: readonly { x: number; y: number | null; low?: boolean }[]): { solid: string; low: string } {
  let solid = "";
  let low = "";
  points.forEach((p, i) => {
    const next = points[i + 1];
    if (p.y === null || !next) return;
    const seg = `M${round(p.x)} ${round(p.y)}H${round(next.x)}`;
    const riser = next.y !== null && next.y !== p.y ? `M${round(next.x)} ${round(p.y)}V${round(next.y)}` : "";
    if (p.low) low += seg;
    else solid += seg;
    // The riser belongs to the solid line unless both steps it joins are low.
    if (p.low && (next.low || next.y === null)) low += riser;
    else solid += riser;
  });
  return { solid, low };
}

export function trendBody(series: readonly TrendSeries[], from: string, to: string, opts: TrendOptions = {}): SvgBody {
  const fs = opts.fontSize ?? 14;
  const u = fs / 14;
  const width = opts.width ?? 1504;
  const markers = (opts.markers ?? []).filter((m) => m.date >= from && m.date <= to);
  // The marker key: numbered titles in as many columns as fit.
  const keyItems = markers.map((m, i) => ({ n: String(i + 1), label: `${m.title} (${formatDate(m.date, opts.locale ?? "en")})` }));
  // Columns as wide as most titles need (a longer one is cut with an ellipsis, its full text is in the data table).
  const widths = keyItems.map((k) => textWidth(k.label, fs)).sort((a, b) => a - b);
  const typical = widths.length ? widths[Math.floor((widths.length - 1) * 0.75)] : 0;
  const colW = keyItems.length ? Math.min(width, typical + fs * 3) : width;
  const keyLine = fs * 1.45;
  let cols = Math.max(1, Math.min(3, Math.floor(width / colW)));
  // A body of fixed height (a slide) keeps most of it for the plot: narrower columns before a taller key.
  while (opts.height && cols < 3 && Math.ceil(keyItems.length / cols) * keyLine + fs > opts.height * 0.4) cols++;
  const keyRows = Math.ceil(keyItems.length / cols);
  // The line key: one entry per series (its exact stroke) and the low-coverage entry, in rows as wide as the body.
  const anyLow = series.some((s) => s.points.some((p) => p.low && p.value !== null));
  const lineKey = [
    ...(opts.key?.series ? series.map((s) => ({ label: s.label, color: s.color, dash: s.dash ?? (s.dashed ? "5.3 3.3" : ""), low: false })) : []),
    ...(opts.key?.lowLabel && anyLow ? [{ label: opts.key.lowLabel, color: "#475569", dash: "", low: true }] : []),
  ];
  const swatch = fs * 2.6;
  const placed: { x: number; row: number; item: (typeof lineKey)[number] }[] = [];
  {
    let x = 0;
    let row = 0;
    for (const item of lineKey) {
      const w = Math.min(width, swatch + fs * 0.6 + textWidth(item.label, fs));
      if (x > 0 && x + w > width) [x, row] = [0, row + 1];
      placed.push({ x, row, item });
      x += w + fs * 1.6;
    }
  }
  const lineKeyRows = placed.length ? placed[placed.length - 1].row + 1 : 0;
  const lineKeyH = lineKeyRows ? lineKeyRows * keyLine + fs * 0.6 : 0;
  const keyH = (keyRows ? keyRows * keyLine + fs : 0) + lineKeyH;
  const height = opts.height ?? Math.round(width * (opts.aspect ?? 0.37)) + keyH;
  const plotH = height - keyH;
  const left = Math.round(fs * 4.4);
  const right = Math.round(fs * 1.7);
  const top = (opts.yLabel ? 2.8 : markers.length ? 2 : 1.1) * fs;
  const bottom = Math.round(fs * 3.1);
  const span = Math.max(1, daysBetween(from, to));
  const sx = (date: string) => left + (daysBetween(from, date) / span) * (width - left - right);
  const sy = (v: number) => top + (1 - v) * (plotH - top - bottom);
  const parts: string[] = [];
  for (const v of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(el("line", { x1: left, y1: sy(v), x2: width - right, y2: sy(v), stroke: v === 0 ? "#9ca3af" : RULE, "stroke-width": 1 }));
    parts.push(text(left - 10 * u, sy(v) + fs * 0.35, v.toFixed(2), { size: fs, fill: MUTED, anchor: "end" }));
  }
  const y0 = Number(from.slice(0, 4));
  const y1 = Number(to.slice(0, 4));
  const years = y1 - y0;
  const plotW = width - left - right;
  if (daysBetween(from, to) < 800) {
    // A short range gets month labels (every quarter, or every month or two under a year; January as the year).
    const every = daysBetween(from, to) > 370 ? 3 : daysBetween(from, to) > 120 ? 2 : 1;
    let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
    if (from.slice(8) !== "01") m += 1;
    for (; ; m += 1) {
      if (m > 12) [y, m] = [y + 1, 1];
      const d = `${y}-${String(m).padStart(2, "0")}-01`;
      if (d > to) break;
      if ((m - 1) % every !== 0) continue;
      const x = sx(d);
      parts.push(el("line", { x1: x, y1: plotH - bottom, x2: x, y2: plotH - bottom + 6 * u, stroke: "#9ca3af" }));
      parts.push(text(x, plotH - bottom + fs * 1.7, m === 1 ? String(y) : new Intl.DateTimeFormat(opts.locale ?? "en", { month: "short", timeZone: "UTC" }).format(new Date(`${d}T00:00:00Z`)), { size: fs, fill: MUTED, anchor: "middle" }));
    }
  } else {
    // Year labels, thinned so they never crowd (a label needs about 4 characters' room).
    const every = Math.max(1, Math.ceil((years + 1) / Math.max(1, Math.floor(plotW / (fs * 4.5)))));
    for (let y = y0 + (from.slice(5) === "01-01" ? 0 : 1); y <= y1; y += every) {
      const x = sx(`${y}-01-01`);
      parts.push(el("line", { x1: x, y1: plotH - bottom, x2: x, y2: plotH - bottom + 6 * u, stroke: "#9ca3af" }));
      parts.push(text(x, plotH - bottom + fs * 1.7, String(y), { size: fs, fill: MUTED, anchor: "middle" }));
    }
  }
  if (opts.yLabel) parts.push(text(left - 40 * u, fs * 1.15, opts.yLabel, { size: fs, fill: MUTED }));
  markers.forEach((m, i) => {
    const x = sx(m.date);
    parts.push(el("line", { x1: x, y1: top - fs * 0.2, x2: x, y2: plotH - bottom, stroke: "#94a3b8", "stroke-width": 1.5 * u, "stroke-dasharray": `${4 * u} ${4 * u}` }));
    parts.push(text(x, top - fs * 0.45, String(i + 1), { size: fs, weight: "bold", fill: "#334155", anchor: "middle" }));
  });
  for (const s of series) {
    if (opts.step) {
      const seg = stepSegments(s.points.map((p) => ({ x: sx(p.date), y: p.value === null ? null : sy(p.value), low: p.low })));
      const dash = s.dash !== undefined ? scaleDash(s.dash, u) : s.dashed ? `${8 * u} ${5 * u}` : undefined;
      if (seg.solid) parts.push(el("path", { d: seg.solid, fill: "none", stroke: s.color, "stroke-width": 3 * u, "stroke-linejoin": "round", "stroke-dasharray": dash }));
      if (seg.low) {
        parts.push(
          el("path", {
            d: seg.low, fill: "none", stroke: s.color, "stroke-width": LOW_STYLE.width * 1.5 * u, "stroke-opacity": LOW_STYLE.opacity,
            "stroke-dasharray": dash, "data-coverage": "low",
          }),
        );
        // A hollow point where each low step starts.
        for (const p of s.points)
          if (p.low && p.value !== null)
            parts.push(el("circle", { cx: sx(p.date), cy: sy(p.value), r: LOW_STYLE.dotRadius * 1.5 * u, fill: "#ffffff", stroke: s.color, "stroke-width": LOW_STYLE.dotStroke * 1.5 * u, "data-coverage": "low" }));
      }
      continue;
    }
    parts.push(
      el("path", {
        d: linePath(s.points.map((p) => (p.value === null ? null : { x: sx(p.date), y: sy(p.value) })), opts.step),
        fill: "none", stroke: s.color, "stroke-width": 3 * u, "stroke-linejoin": "round", "stroke-dasharray": s.dashed ? `${8 * u} ${5 * u}` : undefined,
      }),
    );
  }
  for (const { x, row, item } of placed) {
    const y = plotH + fs * 0.6 + row * keyLine + fs;
    const mid = y - fs * 0.35;
    const dash = item.low ? undefined : scaleDash(item.dash, u);
    parts.push(
      el("line", {
        x1: x + 2 * u, y1: mid, x2: x + swatch - 2 * u, y2: mid, stroke: item.color,
        "stroke-width": item.low ? LOW_STYLE.width * 1.5 * u : 3 * u, "stroke-opacity": item.low ? LOW_STYLE.opacity : undefined, "stroke-dasharray": dash,
      }),
    );
    if (item.low) parts.push(el("circle", { cx: x + swatch / 2, cy: mid, r: LOW_STYLE.dotRadius * 1.5 * u, fill: "#ffffff", stroke: item.color, "stroke-width": LOW_STYLE.dotStroke * 1.5 * u }));
    parts.push(text(x + swatch + fs * 0.6, y, truncate(item.label, width - x - swatch - fs * 0.6, fs), { size: fs, fill: INK }));
  }
  keyItems.forEach((k, i) => {
    const col = Math.floor(i / keyRows);
    const row = i % keyRows;
    const x = col * (width / cols);
    const y = plotH + lineKeyH + fs * 0.6 + row * keyLine + fs;
    parts.push(text(x + fs * 1.6, y, k.n, { size: fs, weight: "bold", fill: "#334155", anchor: "end" }));
    parts.push(text(x + fs * 2.1, y, truncate(k.label, width / cols - fs * 2.6, fs), { size: fs, fill: INK }));
  });
  return { width, height, markup: parts.join("") };
}
