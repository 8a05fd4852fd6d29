/** Pairwise salience-weighted divergence as a heatmap with the value printed in every cell. */
import { divergenceFill } from "../palette";
import type { BodyBox, LegendItem, SvgBody } from "./frame";
import { formatDivergence, type GridCell } from "./pairs";
import { el, MUTED, text, textWidth, wrapText } from "./svg";

/** The heatmap legend's texts, in the export's language. */
export type HeatmapLegendLabels = { ramp: string; from: string; to: string; na: string };

export const HEATMAP_LEGEND_EN: HeatmapLegendLabels = {
  ramp: "Salience-weighted divergence",
  from: "0 agree",
  to: "1 opposite poles",
  na: "n/a: no issue where both state a position",
};

export function heatmapLegend(l: HeatmapLegendLabels = HEATMAP_LEGEND_EN): LegendItem[] {
  return [
    { kind: "ramp", label: l.ramp, stops: [0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875].map((v) => divergenceFill(v).fill), from: l.from, to: l.to },
    { kind: "swatch", label: l.na, fill: divergenceFill(null).fill },
  ];
}

export const HEATMAP_LEGEND: LegendItem[] = heatmapLegend();

/**
 * The heatmap drawn for the export frame's box with the frame's fonts: names at fonts.label, the count under each
 * value at fonts.small, cells as large as the box allows (within reason) and never too small for their text.
 */
export function heatmapFigure(
  actors: readonly { code: string; shortName: string; color: string }[],
  grid: readonly GridCell[],
  issues: (n: number) => string = (n) => `${n} issues`,
): (box: BodyBox) => SvgBody {
  return ({ width, height, fonts }) => {
    const n = Math.max(1, actors.length);
    const s = fonts.small;
    const big = fonts.label;
    const value = new Map(grid.map((g) => [`${g.a}|${g.b}`, g]));
    const labelW = Math.min(width * 0.3, Math.max(...actors.map((a) => textWidth(a.shortName, big, true))) + s * 1.6);
    // Smallest cell that holds its texts: the widest count ("12 issues") and the value.
    const counts = grid.map((g) => issues(g.compared));
    const minCell = Math.max(s * 4.4, ...counts.map((c) => textWidth(c, s) + s * 0.4));
    const headLines = actors.some((a) => textWidth(a.shortName, big, true) > minCell - s * 0.5) ? 2 : 1;
    const headH = headLines * big * 1.2 + s * 0.5;
    const byWidth = (width - labelW) / n;
    const byHeight = height === null ? Infinity : (height - headH) / n;
    const cell = Math.max(minCell, Math.min(byWidth, byHeight, s * 10));
    // Centred in the box, drawn at 1:1 (the frame does not scale it up).
    const dx = Math.max(0, (width - labelW - n * cell) / 2);
    const left = labelW;
    const parts: string[] = [];
    actors.forEach((a, j) => {
      const cx = left + j * cell + cell / 2;
      // The actor's dot before the first line of its name (centred together).
      const lines = wrapText(a.shortName, cell - s * 1.2, big, 2, true);
      const dot = s * 0.7;
      parts.push(el("circle", { cx: cx - textWidth(lines[0], big, true) / 2 - dot / 2, cy: big * 0.62, r: s * 0.3, fill: a.color }));
      lines.forEach((l, k) => parts.push(text(cx + (k === 0 ? dot / 2 : 0), big + k * big * 1.2, l, { size: big, weight: "bold", anchor: "middle" })));
    });
    const valueSize = Math.min(cell * 0.28, big * 1.6);
    actors.forEach((a, i) => {
      const y = headH + i * cell;
      parts.push(el("circle", { cx: s * 0.4, cy: y + cell / 2, r: s * 0.3, fill: a.color }));
      const lines = wrapText(a.shortName, labelW - s * 1.4, big, 2, true);
      lines.forEach((l, k) => parts.push(text(s * 1.1, y + cell / 2 + big * 0.35 - ((lines.length - 1) * big * 1.2) / 2 + k * big * 1.2, l, { size: big, weight: "bold" })));
      actors.forEach((b, j) => {
        const x = left + j * cell;
        if (a.code === b.code) {
          parts.push(el("rect", { x: x + 2, y: y + 2, width: cell - 4, height: cell - 4, fill: "#ffffff", stroke: "#e5e7eb" }));
          parts.push(text(x + cell / 2, y + cell / 2 + big * 0.35, "—", { size: big, fill: MUTED, anchor: "middle" }));
          return;
        }
        const g = value.get(`${a.code}|${b.code}`);
        const { fill, text: ink } = divergenceFill(g?.value ?? null);
        parts.push(el("rect", { x: x + 2, y: y + 2, width: cell - 4, height: cell - 4, fill, stroke: "#ffffff" }));
        // Value and count as a block centred in the cell.
        const block = valueSize + s * 0.3 + s;
        const top = y + (cell - block) / 2;
        parts.push(text(x + cell / 2, top + valueSize * 0.85, formatDivergence(g?.value ?? null), { size: valueSize, weight: "bold", fill: ink, anchor: "middle" }));
        parts.push(text(x + cell / 2, top + valueSize + s * 0.3 + s * 0.85, issues(g?.compared ?? 0), { size: s, fill: ink, anchor: "middle" }));
      });
    });
    const w = left + n * cell;
    return { width: Math.max(width, w), height: headH + n * cell, markup: dx ? el("g", { transform: `translate(${Math.round(dx)} 0)` }, parts.join("")) : parts.join("") };
  };
}
