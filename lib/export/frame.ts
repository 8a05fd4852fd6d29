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
  | { kind: "line"; label: string; stroke: string; dashed?: boolean; dotted?: boolean; faded?: boolean }
  | { kind: "dots"; label: string; filled: number; total: number }
  | { kind: "ramp"; label: string; stops: readonly string[]; from: string; to: string };

export type FrameOptions = {
  title: string;
  subtitle?: string;
  /** The view's as-of date (YYYY-MM-DD), printed in the source line. */
  asOf: string;
  /** The coding horizon (db: getCodingHorizon), printed in the source line: "positions coded through <date>". */
  horizon: string | null;
  /**
   * The chart, or a builder that draws it for the box the frame leaves it (width, and height unless the frame's
   * height is "fit"), with the frame's font sizes, so its labels keep their size instead of being scaled.
   */
  body: SvgBody | ((box: BodyBox) => SvgBody);
  legend?: readonly LegendItem[];
  /** An extra line above the source line, e.g. how a measure is computed. */
  note?: string;
  /** The source line in the page's language (default: the English exportSourceLine of asOf and horizon). */
  source?: string;
  /** Frame size in CSS px. Default 1600 wide; height 900 or, with "fit", whatever the body needs at full width. */
  width?: number;
  height?: number | "fit";
};

export type BodyBox = { width: number; height: number | null; fonts: FrameFonts };

export type Framed = { svg: string; width: number; height: number };

export const SLIDE = { width: 1600, height: 900 } as const;

/** The sizes offered in the Export menu. `height: null` keeps the chart's own choice (900 or "fit"). */
export type ExportSizeId = "default" | "slide-16-9" | "slide-4-3" | "a4";
export type ExportSize = { id: ExportSizeId; label: string; hint: string; width: number; height: number | "fit" | null };
export const EXPORT_SIZES: readonly ExportSize[] = [
  { id: "default", label: "Default", hint: "1600 px wide", width: SLIDE.width, height: null },
  { id: "slide-16-9", label: "16:9 slide", hint: "1920 × 1080, PNG 2× is 3840 × 2160", width: 1920, height: 1080 },
  { id: "slide-4-3", label: "4:3 slide", hint: "1440 × 1080", width: 1440, height: 1080 },
  // 210 mm at 96 px per inch; the height follows the chart.
  { id: "a4", label: "A4 width", hint: "794 px (210 mm), PNG 3× for print", width: 794, height: "fit" },
];

export function exportSize(id: ExportSizeId): ExportSize {
  return EXPORT_SIZES.find((s) => s.id === id) ?? EXPORT_SIZES[0];
}

/** Font sizes in px of a frame `width` px wide. */
export type FrameFonts = { title: number; subtitle: number; legend: number; foot: number; label: number; small: number };

/**
 * Type scales with the frame, so a slide projected at 1920 px wide has a 44 px title, 22 px axis, marker and
 * legend labels and a 20 px source line (the floor for legibility from the back of a room is 40 / 20 px). Narrow
 * frames (A4 width) stop shrinking at 0.6 of that, which prints at 9 pt and more.
 */
export function frameFonts(width: number): FrameFonts {
  const k = Math.max(0.6, width / 1920);
  const r = (n: number) => Math.round(n * k * 10) / 10;
  return { title: r(44), subtitle: r(26), legend: r(22), foot: r(20), label: r(22), small: r(20) };
}

/**
 * The scale at which the frame draws a builder's body of `width` x `height` in its box: as large as the box allows
 * (up to 4), but never below 1, since a builder drew its text at the frame's legible sizes. A body taller than the
 * box is kept at full size and the frame grows taller ("fit") instead: `grow`. A builder that sizes its text for
 * the final scale (the live chart clone) calls this too.
 */
export function builderScale(box: { width: number; height: number | null }, width: number, height: number): { scale: number; grow: boolean } {
  const sw = box.width / Math.max(1, width);
  const fit = Math.min(4, sw, box.height === null ? sw : box.height / Math.max(1, height));
  if (fit >= Math.min(1, sw) - 1e-9) return { scale: fit, grow: false };
  return { scale: Math.min(1, sw), grow: box.height !== null };
}

/** The frame's inner width (between its side paddings) for a frame `width` px wide. */
export function frameInner(width: number): number {
  return width - 2 * framePad(width);
}

function framePad(width: number): number {
  return Math.round(Math.min(48, Math.max(24, (48 * width) / 1600)));
}

/** The footer's source line: the view's date and the coding horizon (never "data as of" a date nobody coded). */
export function sourceLine(asOf: string, horizon: string | null): string {
  return exportSourceLine(asOf, horizon);
}

type Placed = { x: number; row: number; item: LegendItem; width: number };

function legendItemWidth(item: LegendItem, size: number, small: number): number {
  const u = size / 16;
  const mark = item.kind === "ramp" ? 160 * u + textWidth(item.from, small) + textWidth(item.to, small) + 16 * u : item.kind === "dots" ? 16 * u * item.total : item.kind === "line" ? 32 * u : 22 * u;
  return mark + 8 * u + textWidth(item.label, size);
}

function layoutLegend(items: readonly LegendItem[], maxWidth: number, size: number, small: number): Placed[] {
  const out: Placed[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const width = legendItemWidth(item, size, small);
    if (x > 0 && x + width > maxWidth) {
      row += 1;
      x = 0;
    }
    out.push({ x, row, item, width });
    x += width + 28 * (size / 16);
  }
  return out;
}

/** `small`: the ramp's end labels, at the frame's smallest legible size. */
function legendMarkup(placed: Placed[], left: number, top: number, size: number, small: number): string {
  const u = size / 16;
  const row = 30 * u;
  return placed
    .map(({ x, row: r, item }) => {
      const y = top + r * row;
      const cx = left + x;
      const mid = y + 11 * u;
      let mark = "";
      let labelX = cx + 30 * u;
      if (item.kind === "swatch") {
        mark = el("rect", {
          x: cx, y: mid - 9 * u, width: 22 * u, height: 18 * u, rx: 3, fill: item.fill,
          stroke: item.stroke ?? "#9ca3af", "stroke-width": item.dashed ? 1.5 : 1, "stroke-dasharray": item.dashed ? "4 3" : undefined,
        });
      } else if (item.kind === "line") {
        mark = el("line", {
          x1: cx, y1: mid, x2: cx + 32 * u, y2: mid, stroke: item.stroke, "stroke-width": 3 * u, "stroke-opacity": item.faded ? 0.5 : undefined,
          "stroke-linecap": item.dotted ? "round" : undefined,
          "stroke-dasharray": item.dotted ? `${0.1 * u} ${7 * u}` : item.dashed ? `${6 * u} ${4 * u}` : undefined,
        });
        labelX = cx + 40 * u;
      } else if (item.kind === "dots") {
        mark = Array.from({ length: item.total }, (_, i) =>
          el("circle", { cx: cx + (6 + i * 16) * u, cy: mid, r: 5 * u, fill: INK, "fill-opacity": i < item.filled ? 1 : 0.2 }),
        ).join("");
        labelX = cx + (item.total * 16 + 8) * u;
      } else {
        const fromW = textWidth(item.from, small);
        const rampX = cx + fromW + 8 * u;
        const rampW = 160 * u;
        const step = rampW / item.stops.length;
        mark =
          text(cx, mid + 5 * u, item.from, { size: small, fill: MUTED }) +
          item.stops.map((s, i) => el("rect", { x: rampX + i * step, y: mid - 9 * u, width: step + 0.5, height: 18 * u, fill: s })).join("") +
          el("rect", { x: rampX, y: mid - 9 * u, width: rampW, height: 18 * u, fill: "none", stroke: "#9ca3af", "stroke-width": 1 }) +
          text(rampX + rampW + 8 * u, mid + 5 * u, item.to, { size: small, fill: MUTED });
        labelX = rampX + rampW + 8 * u + textWidth(item.to, small) + 16 * u;
      }
      return mark + text(labelX, mid + 6 * u, item.label, { size, fill: INK });
    })
    .join("");
}

/** Composes the standalone document. */
export function frameSvg(o: FrameOptions): Framed {
  const width = o.width ?? SLIDE.width;
  const f = frameFonts(width);
  const pad = framePad(width);
  const inner = width - 2 * pad;
  const titleLine = f.title * 1.17;
  const subLine = f.subtitle * 1.4;
  const subtitle = o.subtitle ? wrapText(o.subtitle, inner, f.subtitle, 2) : [];
  const titleLines = wrapText(o.title, inner, f.title, 2, true);
  let y = pad + f.title * 0.8;
  const subTop = y + (titleLines.length - 1) * titleLine + f.subtitle * 1.8;
  const head = [
    ...titleLines.map((l, i) => text(pad, y + i * titleLine, l, { size: f.title, weight: "bold" })),
    ...subtitle.map((l, i) => text(pad, subTop + i * subLine, l, { size: f.subtitle, fill: MUTED })),
  ].join("");
  y = subtitle.length ? subTop + (subtitle.length - 1) * subLine : y + (titleLines.length - 1) * titleLine;
  const bodyTop = y + 32 * (f.subtitle / 20);

  const placed = layoutLegend(o.legend ?? [], inner, f.legend, f.small);
  const legendRows = placed.length ? Math.max(...placed.map((p) => p.row)) + 1 : 0;
  const legendH = legendRows * f.legend * (30 / 16);
  const footLine = f.foot * 1.4;
  const noteLines = o.note ? wrapText(o.note, inner, f.foot, 8) : [];
  // The source line wraps in a narrow frame (A4 width) rather than run past its edge: the coding date must show.
  const sourceLines = wrapText(o.source ?? sourceLine(o.asOf, o.horizon), inner, f.foot, 4);
  const footH = footLine * 1.6 + (noteLines.length + sourceLines.length - 1) * footLine + f.foot * 1.4;
  const gap = 28 * (f.legend / 16);
  const bottom = pad * 0.6;

  const fixedH = o.height === "fit" ? null : (o.height ?? SLIDE.height);
  const availH = fixedH === null ? null : fixedH - bodyTop - gap - legendH - footH - bottom;
  const body = typeof o.body === "function" ? o.body({ width: inner, height: availH === null ? null : Math.max(50, availH), fonts: f }) : o.body;
  const bw = Math.max(1, body.width);
  const bh = Math.max(1, body.height);
  let height: number;
  let scale: number;
  const drawn = typeof o.body === "function" ? builderScale({ width: inner, height: availH === null ? null : Math.max(50, availH) }, bw, bh) : null;
  if (fixedH === null || availH === null || drawn?.grow) {
    scale = drawn ? drawn.scale : Math.min(2, inner / bw);
    height = Math.max(fixedH ?? 0, Math.ceil(bodyTop + bh * scale + gap + legendH + footH + bottom));
  } else {
    height = fixedH;
    scale = drawn ? drawn.scale : Math.max(0.05, Math.min(inner / bw, availH / bh, 2));
  }
  const bodyX = pad + (inner - bw * scale) / 2;
  const legendTop = bodyTop + bh * scale + gap;
  const footTop = height - bottom - footH;
  const firstFoot = footTop + footLine * 1.6;

  const parts = [
    el("title", {}, escapeXml(o.subtitle ? `${o.title} — ${o.subtitle}` : o.title)),
    el("rect", { x: 0, y: 0, width, height, fill: "#ffffff" }),
    head,
    el("g", { transform: `translate(${round(bodyX)} ${round(bodyTop)}) scale(${round(scale * 10000) / 10000})` }, body.markup),
    legendMarkup(placed, pad, legendTop, f.legend, f.small),
    el("line", { x1: pad, y1: footTop + 8, x2: width - pad, y2: footTop + 8, stroke: RULE, "stroke-width": 1 }),
    ...noteLines.map((l, i) => text(pad, firstFoot + i * footLine, l, { size: f.foot, fill: MUTED })),
    // Marked, so the printed briefing pack can leave it to the page footer (one source line per page).
    ...sourceLines.map((l, i) => text(pad, firstFoot + (noteLines.length + i) * footLine, l, { size: f.foot, fill: MUTED }, { "data-source-line": "true" })),
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
