/**
 * Two actors issue by issue: a dumbbell per issue on the −2..+2 scale (circle for the first actor, square for the
 * second, each in its actor colour), the gap and its weight printed at the right; issues where either side has
 * no stated position say so instead of being drawn as agreement.
 */
import { formatPosition } from "../domain";
import type { IssueGap } from "../divergence";
import type { BodyBox, LegendItem, SvgBody } from "./frame";
import { CJK_FONT_FAMILY, el, MUTED, RULE, text, textWidth, truncate, wrapText } from "./svg";

type Actor = { code: string; shortName: string; color: string };

/** The texts of the comparison figure, in the export's language (English by default). */
export type CompareSvgLabels = {
  circle: (name: string) => string;
  square: (name: string) => string;
  source: (source: string) => string;
  notCompared: (missing: string) => string;
  /** Joins the names of the sides without a position ("ROK and JPN"). */
  and: (names: string[]) => string;
  pressure: string;
  engagement: string;
  gapWeight: string;
  vs: string;
};

export const COMPARE_SVG_EN: CompareSvgLabels = {
  circle: (n) => `${n} (circle)`,
  square: (n) => `${n} (square)`,
  source: (s) => `Source: ${s}`,
  notCompared: (m) => `Not compared: no stated position (${m})`,
  and: (names) => names.join(" and "),
  pressure: "pressure",
  engagement: "engagement",
  gapWeight: "gap × weight",
  vs: "vs",
};

export function compareLegend(a: Actor, b: Actor, l: CompareSvgLabels = COMPARE_SVG_EN): LegendItem[] {
  return [
    { kind: "swatch", label: l.circle(a.shortName), fill: a.color, stroke: a.color },
    { kind: "swatch", label: l.square(b.shortName), fill: b.color, stroke: b.color },
  ];
}

/** One side's stance text for the details option: its summary and its first source. */
export type SideDetail = { summary: string | null; source: string | null } | null;

/**
 * The comparison drawn for the export frame's box with the frame's fonts (every text at fonts.small or larger):
 * the issue titles on the left, the −2..+2 axis across the middle, the gap and its weight at the right; with
 * details, each side's summary and source on their own lines under the row (the frame grows when they do not fit).
 */
export function compareFigure(
  a: Actor,
  b: Actor,
  issues: readonly { slug: string; title: string }[],
  gaps: readonly IssueGap[],
  details?: ReadonlyMap<string, { a: SideDetail; b: SideDetail }>,
  l: CompareSvgLabels = COMPARE_SVG_EN,
): (box: BodyBox) => SvgBody {
  return ({ width, height, fonts }) => {
    const s = fonts.small;
    const lh = s * 1.3;
    const cjkLine = s * 1.5;
    const byIssue = new Map(gaps.map((g) => [g.issue, g]));
    const gapText = (issue: string) => {
      const g = byIssue.get(issue);
      const pa = g?.a?.position ?? null;
      const pb = g?.b?.position ?? null;
      return g && g.distance !== null && pa !== null && pb !== null ? `${g.distance.toFixed(2)} × ${g.weight!.toFixed(1)}  (${formatPosition(pa)} ${l.vs} ${formatPosition(pb)})` : null;
    };
    const valueW = Math.max(textWidth(l.gapWeight, s, true), ...issues.map((i) => textWidth(gapText(i.slug) ?? "", s))) + s;
    const titleMax = Math.max(0, ...issues.map((i) => textWidth(i.title, s, true)));
    const labelW = Math.min(width * 0.3, titleMax + s);
    // The axis: between the titles and the values, with room for the end labels' overhang.
    const x0 = labelW + s * 1.5;
    const x1 = Math.max(x0 + 200, width - valueW - s * 1.5);
    const sx = (p: number) => x0 + ((p + 2) / 4) * (x1 - x0);
    const ticks: [number, string][] = [[-2, `−2 ${l.pressure}`], [-1, "−1"], [0, "0"], [1, "+1"], [2, `+2 ${l.engagement}`]];
    const top = s * 2.2;
    const detailLines = (slug: string) => {
      const d = details?.get(slug);
      if (!d) return [];
      return ([[a, d.a], [b, d.b]] as const).flatMap(([actor, side]) => {
        if (!side || (!side.summary && !side.source)) return [];
        const lines = side.summary ? wrapText(`${actor.shortName}: ${side.summary}`, width - 2 * s, s, 3) : [`${actor.shortName}:`];
        return [...lines.map((t) => ({ text: t, italic: false })), ...(side.source ? [{ text: truncate(l.source(side.source), width - 2 * s, s), italic: true }] : [])];
      });
    };
    const rows = issues.map((issue) => {
      const extra = detailLines(issue.slug);
      return { issue, extra, titles: wrapText(issue.title, labelW - s * 0.5, s, 2, true) };
    });
    const baseFor = (titles: number) => Math.max(s * 2.2, titles * lh + s * 0.6);
    const natural = rows.map((r) => baseFor(r.titles.length) + (r.extra.length ? r.extra.length * cjkLine + s * 0.5 : 0));
    // A slide spreads the rows within reason (never below their natural height).
    const free = height === null ? 0 : height - top - natural.reduce((t, h) => t + h, 0) - 4;
    const spread = free > 0 && !details ? Math.min(s * 0.8, free / Math.max(1, rows.length)) : 0;
    const heights = natural.map((h) => h + spread);
    const total = heights.reduce((t, h) => t + h, 0);
    const parts: string[] = [];
    // Grid lines run through the rows' dumbbells only, never through the detail lines under them.
    const grid = (y0: number, y1: number) => {
      for (const [p] of ticks) parts.push(el("line", { x1: sx(p), y1: y0, x2: sx(p), y2: y1, stroke: p === 0 ? "#9ca3af" : RULE, "stroke-width": 1 }));
    };
    for (const [p, label] of ticks) parts.push(text(sx(p), top - s * 0.8, label, { size: s, fill: MUTED, anchor: p === -2 ? "start" : p === 2 ? "end" : "middle" }));
    const valueX = x1 + s * 1.5;
    parts.push(text(valueX, top - s * 0.8, l.gapWeight, { size: s, fill: MUTED, weight: "bold" }));
    let y = top;
    rows.forEach(({ issue, extra, titles }, i) => {
      const rowH = heights[i];
      const baseH = baseFor(titles.length) + spread;
      const cy = y + baseH / 2;
      if (i % 2 === 0) parts.push(el("rect", { x: 0, y, width, height: rowH, fill: "#f8fafc" }));
      grid(i === 0 ? top - s * 0.4 : y, extra.length ? y + baseH : y + rowH);
      titles.forEach((t, k) => parts.push(text(s * 0.4, cy - ((titles.length - 1) * lh) / 2 + k * lh + s * 0.35, t, { size: s, weight: "bold" })));
      extra.forEach((d, k) =>
        parts.push(text(s, y + baseH + k * cjkLine + s * 1.05, d.text, { size: s, italic: d.italic, fill: d.italic ? MUTED : "#1f2937" }, { "font-family": CJK_FONT_FAMILY })),
      );
      const g = byIssue.get(issue.slug);
      const pa = g?.a?.position ?? null;
      const pb = g?.b?.position ?? null;
      const value = gapText(issue.slug);
      if (!g || value === null || pa === null || pb === null) {
        const missing = l.and([pa === null ? a.shortName : null, pb === null ? b.shortName : null].filter((x): x is string => x !== null));
        parts.push(text(x0, cy + s * 0.35, truncate(l.notCompared(missing), width - x0 - s, s), { size: s, italic: true, fill: MUTED }));
      } else {
        const same = pa === pb;
        const r = s * 0.45;
        parts.push(el("line", { x1: sx(pa), y1: cy, x2: sx(pb), y2: cy, stroke: "#6b7280", "stroke-width": s * 0.15 }));
        parts.push(el("circle", { cx: sx(pa), cy: same ? cy - r * 0.8 : cy, r, fill: a.color, stroke: "#ffffff", "stroke-width": 1.5 }));
        parts.push(el("rect", { x: sx(pb) - r * 0.9, y: (same ? cy + r * 0.8 : cy) - r * 0.9, width: r * 1.8, height: r * 1.8, fill: b.color, stroke: "#ffffff", "stroke-width": 1.5 }));
        parts.push(text(valueX, cy + s * 0.35, value, { size: s }));
      }
      y += rowH;
    });
    return { width, height: top + total + 4, markup: parts.join("") };
  };
}
