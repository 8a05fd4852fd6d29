/**
 * The export frame: a standalone SVG document around a chart body, ready for a slide. White background, title,
 * subtitle (who is compared, as of when), the body scaled to fit, a legend and the source line, all as inline
 * attributes (no CSS, no classes, no foreignObject). Pure string building.
 */
import { exportSourceLine } from "../horizon";
import { el, escapeXml, INK, MUTED, RULE, round, SVG_NS, text, textWidth, wrapText } from "./svg";

/** Chart markup built by the builders in lib/export (already escaped), at its natural size in px. */
export type SvgBody = { width: number; height: number; markup: string };

export type LegendItem =
  | { kind: "swatch"; label: string; fill: string; stroke?: string; dashed?: boolean }
  | { kind: "line"; label: string; stroke: string; dashed?: boolean }
  | { kind: "dots"; label: string; filled: number; total: number }
  | { kind: "ramp"; label: string; stops: readonly string[]; from: string; to: string };

export type FrameOptions = {
  title: string;
  subtitle?: string;
  /** The view's as-of date (YYYY-MM-DD), printed in the source line. */
  asOf: string;
  /** The coding horizon (db: getCodingHorizon), printed in the source line: "positions coded through <date>". */
  horizon: string | null;
  body: SvgBody;
  legend?: readonly LegendItem[];
  /** An extra line above the source line, e.g. how a measure is computed. */
  note?: string;
  /** Frame size in CSS px. Default 1600 wide; height 900 or, with "fit", whatever the body needs at full width. */
  width?: number;
  height?: number | "fit";
};

export type Framed = { svg: string; width: number; height: number };

export const SLIDE = { width: 1600, height: 900 } as const;
const PAD = 48;
const TITLE_SIZE = 36;
const SUBTITLE_SIZE = 20;
const LEGEND_SIZE = 16;
const LEGEND_ROW = 30;
const FOOT_SIZE = 15;

/** The footer's source line: the view's date and the coding horizon (never "data as of" a date nobody coded). */
export function sourceLine(asOf: string, horizon: string | null): string {
  return exportSourceLine(asOf, horizon);
}

type Placed = { x: number; row: number; item: LegendItem; width: number };

function legendItemWidth(item: LegendItem): number {
  const mark = item.kind === "ramp" ? 160 + textWidth(item.from, 13) + textWidth(item.to, 13) + 16 : item.kind === "dots" ? 16 * item.total : item.kind === "line" ? 32 : 22;
  return mark + 8 + textWidth(item.label, LEGEND_SIZE);
}

function layoutLegend(items: readonly LegendItem[], maxWidth: number): Placed[] {
  const out: Placed[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const width = legendItemWidth(item);
    if (x > 0 && x + width > maxWidth) {
      row += 1;
      x = 0;
    }
    out.push({ x, row, item, width });
    x += width + 28;
  }
  return out;
}

function legendMarkup(placed: Placed[], left: number, top: number): string {
  return placed
    .map(({ x, row, item }) => {
      const y = top + row * LEGEND_ROW;
      const cx = left + x;
      const mid = y + 11;
      let mark = "";
      let labelX = cx + 30;
      if (item.kind === "swatch") {
        mark = el("rect", {
          x: cx, y: mid - 9, width: 22, height: 18, rx: 3, fill: item.fill,
          stroke: item.stroke ?? "#9ca3af", "stroke-width": item.dashed ? 1.5 : 1, "stroke-dasharray": item.dashed ? "4 3" : undefined,
        });
      } else if (item.kind === "line") {
        mark = el("line", { x1: cx, y1: mid, x2: cx + 32, y2: mid, stroke: item.stroke, "stroke-width": 3, "stroke-dasharray": item.dashed ? "6 4" : undefined });
        labelX = cx + 40;
      } else if (item.kind === "dots") {
        mark = Array.from({ length: item.total }, (_, i) =>
          el("circle", { cx: cx + 6 + i * 16, cy: mid, r: 5, fill: INK, "fill-opacity": i < item.filled ? 1 : 0.2 }),
        ).join("");
        labelX = cx + item.total * 16 + 8;
      } else {
        const fromW = textWidth(item.from, 13);
        const rampX = cx + fromW + 8;
        const step = 160 / item.stops.length;
        mark =
          text(cx, mid + 5, item.from, { size: 13, fill: MUTED }) +
          item.stops.map((s, i) => el("rect", { x: rampX + i * step, y: mid - 9, width: step + 0.5, height: 18, fill: s })).join("") +
          el("rect", { x: rampX, y: mid - 9, width: 160, height: 18, fill: "none", stroke: "#9ca3af", "stroke-width": 1 }) +
          text(rampX + 168, mid + 5, item.to, { size: 13, fill: MUTED });
        labelX = rampX + 168 + textWidth(item.to, 13) + 16;
      }
      return mark + text(labelX, mid + 6, item.label, { size: LEGEND_SIZE, fill: INK });
    })
    .join("");
}

/** Composes the standalone document. */
export function frameSvg(o: FrameOptions): Framed {
  const width = o.width ?? SLIDE.width;
  const inner = width - 2 * PAD;
  const subtitle = o.subtitle ? wrapText(o.subtitle, inner, SUBTITLE_SIZE, 2) : [];
  const titleLines = wrapText(o.title, inner, TITLE_SIZE, 2, true);
  let y = PAD + TITLE_SIZE * 0.8;
  const head = [
    ...titleLines.map((l, i) => text(PAD, y + i * (TITLE_SIZE + 6), l, { size: TITLE_SIZE, weight: "bold" })),
    ...subtitle.map((l, i) => text(PAD, y + (titleLines.length - 1) * (TITLE_SIZE + 6) + 36 + i * 28, l, { size: SUBTITLE_SIZE, fill: MUTED })),
  ].join("");
  y += (titleLines.length - 1) * (TITLE_SIZE + 6) + (subtitle.length ? 36 + (subtitle.length - 1) * 28 : 0);
  const bodyTop = y + 32;

  const placed = layoutLegend(o.legend ?? [], inner);
  const legendRows = placed.length ? Math.max(...placed.map((p) => p.row)) + 1 : 0;
  const legendH = legendRows * LEGEND_ROW;
  const noteLines = o.note ? wrapText(o.note, inner, FOOT_SIZE, 4) : [];
  const footH = 24 + noteLines.length * 21 + 22;

  const bw = Math.max(1, o.body.width);
  const bh = Math.max(1, o.body.height);
  let height: number;
  let scale: number;
  if (o.height === "fit") {
    scale = Math.min(2, inner / bw);
    height = Math.ceil(bodyTop + bh * scale + 28 + legendH + footH + PAD * 0.6);
  } else {
    height = o.height ?? SLIDE.height;
    const availH = height - bodyTop - 28 - legendH - footH - PAD * 0.6;
    scale = Math.max(0.05, Math.min(inner / bw, availH / bh, 2));
  }
  const bodyX = PAD + (inner - bw * scale) / 2;
  const legendTop = bodyTop + bh * scale + 28;
  const footTop = height - PAD * 0.6 - footH;

  const parts = [
    el("title", {}, escapeXml(o.subtitle ? `${o.title} — ${o.subtitle}` : o.title)),
    el("rect", { x: 0, y: 0, width, height, fill: "#ffffff" }),
    head,
    el("g", { transform: `translate(${round(bodyX)} ${round(bodyTop)}) scale(${round(scale * 10000) / 10000})` }, o.body.markup),
    legendMarkup(placed, PAD, legendTop),
    el("line", { x1: PAD, y1: footTop + 8, x2: width - PAD, y2: footTop + 8, stroke: RULE, "stroke-width": 1 }),
    ...noteLines.map((l, i) => text(PAD, footTop + 30 + i * 21, l, { size: FOOT_SIZE, fill: MUTED })),
    text(PAD, footTop + 30 + noteLines.length * 21, sourceLine(o.asOf, o.horizon), { size: FOOT_SIZE, fill: MUTED }),
  ].join("");

  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    el("svg", { xmlns: SVG_NS, version: "1.1", width, height, viewBox: `0 0 ${width} ${height}`, role: "img" }, parts) +
    "\n";
  return { svg, width, height };
}

/** `stance-atlas_<view>_<subject>_<asOf>.<ext>`, with every part reduced to safe file-name characters. */
export function exportFileName(view: string, subject: string | null, asOf: string, ext: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9.-]+/g, "-").replace(/^-+|-+$/g, "");
  return ["stance-atlas", safe(view), subject ? safe(subject) : null, safe(asOf)].filter(Boolean).join("_") + `.${safe(ext)}`;
}

/** The same document with its pixel size multiplied (viewBox unchanged), so a browser rasterizes it sharply. */
export function svgAtScale(f: Framed, scale: number): string {
  return f.svg.replace(
    / width="(\d+)" height="(\d+)" viewBox=/,
    ` width="${Math.round(f.width * scale)}" height="${Math.round(f.height * scale)}" viewBox=`,
  );
}

/** Bodies next to each other with a caption above each (e.g. the same chart on two dates). */
export function sideBySide(items: readonly { caption: string; body: SvgBody }[], gap = 64): SvgBody {
  const captionH = 40;
  let x = 0;
  const parts: string[] = [];
  for (const { caption, body } of items) {
    parts.push(text(x, 24, caption, { size: 22, weight: "bold" }));
    parts.push(el("g", { transform: `translate(${round(x)} ${captionH})` }, body.markup));
    x += body.width + gap;
  }
  return { width: Math.max(1, x - gap), height: captionH + Math.max(0, ...items.map((i) => i.body.height)), markup: parts.join("") };
}
