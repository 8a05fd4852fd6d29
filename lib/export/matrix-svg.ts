/**
 * The stance matrix drawn as SVG from its data (the page shows it as an HTML table): actors as columns with their
 * colour, issues as rows grouped by cluster, each cell in its position colour with the signed position, the
 * issue's scale label, salience dots and the confidence; low confidence gets a dashed frame.
 */
import { CLUSTERS, clusterLabel, formatPosition, scaleLabel } from "../domain";
import { NO_POSITION_FILL, NO_POSITION_TEXT, positionFill, positionText, POSITION_FILL } from "../palette";
import { frameSvg, type BodyBox, type FrameFonts, type Framed, type LegendItem, type SvgBody } from "./frame";
import { matrixTexts } from "./matrix-texts";
import { CJK_FONT_FAMILY, el, MUTED, RULE, text, textLines, textWidth, truncate, wrapText } from "./svg";

export type MatrixData = {
  asOf: string;
  /** The coding horizon, for the source line (the read API's `codedThrough`). */
  codedThrough: string | null;
  actors: readonly { code: string; name: string; shortName: string; color: string }[];
  issues: readonly { slug: string; title: string; cluster: string; scale: readonly { value: number; label: string }[] }[];
  cells: readonly {
    actor: string;
    issue: string;
    counterpart: string | null;
    position: number | null;
    salience: number;
    confidence: "low" | "medium" | "high";
    /** No evidence on purpose: marked in the cell, never given a borrowed source. */
    unsourced?: boolean;
    /** Printed in the cell with the `details` option (in whatever language it is written). */
    summary?: string | null;
    evidence?: readonly { title: string; publisher: string | null; date: string | null }[];
  }[];
};

/** The read API's matrix with `lang=ko`: the Korean texts next to the English ones (null where not translated). */
export type MatrixDataKo = Omit<MatrixData, "actors" | "issues" | "cells"> & {
  actors: readonly (MatrixData["actors"][number] & { nameKo?: string | null; shortNameKo?: string | null })[];
  issues: readonly (Omit<MatrixData["issues"][number], "scale"> & {
    titleKo?: string | null;
    scale: readonly { value: number; label: string; labelKo?: string | null }[];
  })[];
  cells: readonly (MatrixData["cells"][number] & { summaryKo?: string | null })[];
};

/**
 * The matrix as a Korean page shows it: names, titles, scale labels and summaries in Korean where stored, English
 * where not yet translated (the pages' own fallback). Sources keep their titles as published. Pure.
 */
export function koreanMatrix(m: MatrixDataKo): MatrixData {
  return {
    ...m,
    actors: m.actors.map(({ nameKo, shortNameKo, ...a }) => ({ ...a, name: nameKo || a.name, shortName: shortNameKo || a.shortName })),
    issues: m.issues.map(({ titleKo, ...i }) => ({ ...i, title: titleKo || i.title, scale: i.scale.map(({ labelKo, ...p }) => ({ ...p, label: labelKo || p.label })) })),
    cells: m.cells.map(({ summaryKo, ...c }) => ({ ...c, summary: summaryKo || c.summary })),
  };
}

const FULL_WIDTH = 1504; // 1600 minus the frame's padding: drawn at 1:1 in a slide-wide frame
const LABEL_FULL = 260;
const HEADER_H = 58;
const BAND_H = 32;
const ENTRY_H = 88;
const TOWARD_H = 18;
/** Extra height of an entry with details: up to 4 summary lines and the citation. */
const DETAIL_H = 4 * 16 + 22;

/** The matrix legend's texts, in the export's language. */
export type MatrixLegendLabels = { pressure: string; middle: string; accommodation: string; noPosition: string; lowConfidence: string; salience: string; unsourced: string };

export const MATRIX_LEGEND_EN: MatrixLegendLabels = {
  pressure: "−2 pressure / maximal-demands pole",
  middle: "0 middle",
  accommodation: "+2 accommodation pole",
  noPosition: "No stated position",
  lowConfidence: "Low confidence",
  salience: "Salience (here 3 of 5)",
  unsourced: "“unsourced”: coded without a source (see the note)",
};

export function matrixLegend(l: MatrixLegendLabels = MATRIX_LEGEND_EN): LegendItem[] {
  return [
    { kind: "swatch", label: l.pressure, fill: POSITION_FILL["-2"] },
    { kind: "swatch", label: "−1", fill: POSITION_FILL["-1"] },
    { kind: "swatch", label: l.middle, fill: POSITION_FILL["0"] },
    { kind: "swatch", label: "+1", fill: POSITION_FILL["1"] },
    { kind: "swatch", label: l.accommodation, fill: POSITION_FILL["2"] },
    { kind: "swatch", label: l.noPosition, fill: NO_POSITION_FILL, stroke: "#94a3b8", dashed: true },
    { kind: "swatch", label: l.lowConfidence, fill: "#ffffff", stroke: "#000000", dashed: true },
    { kind: "dots", label: l.salience, filled: 3, total: 5 },
    { kind: "swatch", label: l.unsourced, fill: "#ffffff", stroke: "#9ca3af" },
  ];
}

export const MATRIX_LEGEND: LegendItem[] = matrixLegend();

/** The texts drawn inside the matrix body, in the export's language (English by default). */
export type MatrixSvgLabels = {
  issue: string;
  noPosition: string;
  toward: (name: string) => string;
  source: (cite: string) => string;
  noSource: string;
  unsourced: string;
  lowConf: string;
  medConf: string;
  highConf: string;
  cluster: (id: string) => string;
  /** Scale label of a position (the issue's own label; its "no position" text). */
  scale: (labels: readonly string[], position: number | null) => string;
};

export const MATRIX_SVG_EN: MatrixSvgLabels = {
  issue: "Issue",
  noPosition: "No stated position",
  toward: (n) => `toward ${n}`,
  source: (c) => `Source: ${c}`,
  noSource: "no source (coded without one)",
  unsourced: "unsourced",
  lowConf: "low conf.",
  medConf: "med. conf.",
  highConf: "high conf.",
  cluster: clusterLabel,
  scale: scaleLabel,
};

/** Issues grouped by cluster in the canonical cluster order (unknown clusters last). */
export function groupByCluster<T extends { cluster: string }>(issues: readonly T[], label: (id: string) => string = clusterLabel): { id: string; label: string; issues: T[] }[] {
  const ids = [...CLUSTERS.map((c) => c.id as string), ...new Set(issues.map((i) => i.cluster).filter((id) => !CLUSTERS.some((c) => c.id === id)))];
  return ids.map((id) => ({ id, label: label(id), issues: issues.filter((i) => i.cluster === id) })).filter((g) => g.issues.length > 0);
}

/** `width`: narrower than 1504 for print, where the frame is narrower so its type prints larger. */
export function matrixBody(m: MatrixData, opts: { details?: boolean; width?: number; labels?: MatrixSvgLabels } = {}): SvgBody {
  const L = opts.labels ?? MATRIX_SVG_EN;
  const WIDTH = opts.width ?? FULL_WIDTH;
  const LABEL_W = Math.round((LABEL_FULL * WIDTH) / FULL_WIDTH);
  const entryH = ENTRY_H + (opts.details ? DETAIL_H : 0);
  const n = Math.max(1, m.actors.length);
  const colW = (WIDTH - LABEL_W) / n;
  const byKey = new Map<string, MatrixData["cells"][number][]>();
  for (const c of m.cells) byKey.set(`${c.actor}|${c.issue}`, [...(byKey.get(`${c.actor}|${c.issue}`) ?? []), c]);
  const name = new Map(m.actors.map((a) => [a.code, a.shortName]));
  const parts: string[] = [];

  // Column headers.
  m.actors.forEach((a, i) => {
    const x = LABEL_W + i * colW;
    const lines = wrapText(a.shortName, colW - 36, 17, 2, true);
    parts.push(el("circle", { cx: x + 14, cy: HEADER_H / 2 - (lines.length - 1) * 10, r: 7, fill: a.color }));
    parts.push(textLines(x + 28, HEADER_H / 2 + 6 - (lines.length - 1) * 10, lines, 20, { size: 17, weight: "bold" }));
  });
  parts.push(text(8, HEADER_H / 2 + 6, L.issue, { size: 15, fill: MUTED, weight: "bold" }));
  parts.push(el("line", { x1: 0, y1: HEADER_H, x2: WIDTH, y2: HEADER_H, stroke: RULE, "stroke-width": 1.5 }));

  let y = HEADER_H + 4;
  for (const group of groupByCluster(m.issues, L.cluster)) {
    parts.push(el("rect", { x: 0, y, width: WIDTH, height: BAND_H, fill: "#f1f5f9" }));
    parts.push(text(8, y + 21, group.label.toLocaleUpperCase("en"), { size: 13, weight: "bold", fill: "#334155" }, { "letter-spacing": 0.8 }));
    y += BAND_H + 4;
    for (const issue of group.issues) {
      const labels = issue.scale.map((p) => p.label);
      const heights = m.actors.map((a) => {
        const here = byKey.get(`${a.code}|${issue.slug}`) ?? [];
        return here.length === 0 ? ENTRY_H : here.reduce((h, c) => h + entryH + (c.counterpart ? TOWARD_H : 0), 0);
      });
      const rowH = Math.max(ENTRY_H, ...heights);
      parts.push(textLines(8, y + 22, wrapText(issue.title, LABEL_W - 20, 16, 3, true), 20, { size: 16, weight: "bold" }));
      m.actors.forEach((a, i) => {
        const x = LABEL_W + i * colW;
        const here = byKey.get(`${a.code}|${issue.slug}`) ?? [];
        if (here.length === 0) {
          parts.push(el("rect", { x: x + 3, y: y + 2, width: colW - 6, height: rowH - 4, rx: 4, fill: NO_POSITION_FILL, stroke: "#cbd5e1", "stroke-width": 1.5, "stroke-dasharray": "5 4" }));
          parts.push(text(x + 14, y + rowH / 2 + 5, L.noPosition, { size: 14, italic: true, fill: NO_POSITION_TEXT }));
          return;
        }
        let ey = y;
        for (const c of here) {
          const h = here.length === 1 ? rowH : entryH + (c.counterpart ? TOWARD_H : 0);
          parts.push(entry(x, ey, colW, h, c, L.scale(labels, c.position), c.counterpart ? name.get(c.counterpart) ?? c.counterpart : null, opts.details ?? false, L));
          ey += h;
        }
      });
      y += rowH + 2;
      parts.push(el("line", { x1: 0, y1: y, x2: WIDTH, y2: y, stroke: "#e5e7eb", "stroke-width": 1 }));
      y += 2;
    }
  }
  return { width: WIDTH, height: y, markup: parts.join("") };
}

function entry(
  x: number,
  y: number,
  w: number,
  h: number,
  c: MatrixData["cells"][number],
  label: string,
  toward: string | null,
  details: boolean,
  L: MatrixSvgLabels,
): string {
  const fill = positionFill(c.position);
  const ink = positionText(c.position);
  const low = c.confidence === "low";
  const out = [
    el("rect", {
      x: x + 3, y: y + 2, width: w - 6, height: h - 4, rx: 4, fill,
      stroke: low ? "#000000" : "#000000", "stroke-opacity": low ? 0.55 : 0.12, "stroke-width": low ? 2 : 1,
      "stroke-dasharray": low ? "6 4" : undefined,
    }),
  ];
  let top = y + 2;
  if (toward) {
    out.push(text(x + 12, top + 16, truncate(L.toward(toward), w - 24, 12, true), { size: 12, weight: "bold", fill: ink }));
    top += TOWARD_H;
  }
  out.push(text(x + 12, top + 24, formatPosition(c.position), { size: 20, weight: "bold", fill: ink }));
  out.push(textLines(x + 46, top + 20, wrapText(label, w - 46 - 12, 13, 3), 16, { size: 13, fill: ink }));
  if (details) {
    // The summary as coded (Korean or Japanese included), then the first source: publisher, date.
    const dy = top + ENTRY_H - 30;
    const summary = c.summary ? wrapText(c.summary, w - 24, 12.5, 4) : [];
    summary.forEach((l, i) => out.push(text(x + 12, dy + i * 16, l, { size: 12.5, fill: ink }, { "font-family": CJK_FONT_FAMILY })));
    const ev = c.evidence?.[0];
    const cite = ev ? [ev.publisher, ev.date].filter(Boolean).join(", ") || ev.title : c.unsourced ? L.noSource : "";
    if (cite)
      out.push(text(x + 12, dy + 4 * 16 + 4, truncate(L.source(cite), w - 24, 12), { size: 12, italic: true, fill: ink }, { "font-family": CJK_FONT_FAMILY }));
  }
  const base = y + h - 14;
  for (let i = 0; i < 5; i++)
    out.push(el("circle", { cx: x + 16 + i * 11, cy: base - 4, r: 4, fill: ink, "fill-opacity": i < c.salience ? 1 : 0.3 }));
  const conf = low ? L.lowConf : c.confidence === "medium" ? L.medConf : L.highConf;
  const confStyle = { size: 12, weight: low ? ("bold" as const) : ("normal" as const), fill: ink, anchor: "end" as const };
  // Beside the salience dots when it fits; in a narrow column "unsourced" goes on the line above.
  if (c.unsourced && textWidth(`${L.unsourced} · ${conf}`, 12, low) > w - 82) {
    out.push(text(x + w - 12, base - 16, L.unsourced, { ...confStyle, weight: "bold" }));
    out.push(text(x + w - 12, base, conf, confStyle));
  } else out.push(text(x + w - 12, base, (c.unsourced ? `${L.unsourced} · ` : "") + conf, confStyle));
  return out.join("");
}

/** The framed, standalone matrix export. */
export function matrixExport(
  m: MatrixData,
  opts: {
    clusterLabel?: string;
    title?: string;
    subtitle?: string;
    note?: string;
    details?: boolean;
    width?: number;
    height?: number | "fit";
    /** The page's language: texts in the body, legend and source line (English by default). */
    labels?: MatrixSvgLabels;
    legend?: LegendItem[];
    source?: string;
  } = {},
): Framed {
  return frameSvg({
    ...matrixTexts(m.asOf, m.actors.map((a) => a.shortName), opts.clusterLabel),
    ...(opts.title !== undefined ? { title: opts.title, subtitle: opts.subtitle, note: opts.note } : {}),
    asOf: m.asOf,
    horizon: m.codedThrough,
    source: opts.source,
    body: matrixFigure(m, { details: opts.details, labels: opts.labels }),
    legend: opts.legend ?? MATRIX_LEGEND,
    width: opts.width,
    height: opts.height ?? "fit",
  });
}

export { matrixTexts, SCALE_NOTE } from "./matrix-texts";

/**
 * How much each cell of the slide matrix says. `full`: the position, its scale label on up to two lines, the
 * salience dots and the confidence (and, with details, the summary and the citation); `medium`: the label on one
 * line; `compact`: one line per stance (position, label, dots; a low confidence shows as the dashed frame).
 */
export type MatrixDensity = "full" | "medium" | "compact";
export const MATRIX_DENSITIES: readonly MatrixDensity[] = ["full", "medium", "compact"];

/** Line height of wrapped text (summaries in a CJK font take more room). */
const LINE = 1.3;
const CJK_LINE = 1.5;

/**
 * The matrix drawn for the export frame's box with the frame's fonts (every text at fonts.small or larger), so a
 * slide keeps its labels legible instead of shrinking a fixed drawing: the richest density whose rows fit the
 * box's height; with details, or when even one line per stance does not fit, the full height (the frame grows).
 */
export function matrixFigure(m: MatrixData, opts: { details?: boolean; labels?: MatrixSvgLabels } = {}): (box: BodyBox) => SvgBody {
  return (box) => {
    const densities = opts.details ? (["full"] as const) : MATRIX_DENSITIES;
    let body: SvgBody | null = null;
    for (const d of densities) {
      body = matrixAt(m, box.width, box.fonts, d, opts);
      if (box.height === null || body.height <= box.height) break;
    }
    if (!body || box.height === null || body.height >= box.height || !body.markup.includes('data-density="compact"')) return body!;
    // Compact rows spread into the slide's spare height (the height grows by `units` px per px of entry height).
    const s = box.fonts.small;
    const units = matrixAt(m, box.width, box.fonts, "compact", { ...opts, entryH: s * 1.5 + 1 }).height - body.height;
    const entryH = s * 1.5 + Math.min(s * 0.8, (box.height - body.height) / Math.max(1, units));
    return matrixAt(m, box.width, box.fonts, "compact", { ...opts, entryH });
  };
}

/** The matrix at `width` px with the given fonts and density. Pure; exported for tests. */
export function matrixAt(
  m: MatrixData,
  width: number,
  fonts: FrameFonts,
  density: MatrixDensity,
  /** `entryH`: the height of a compact entry (default 1.5 lines of fonts.small). */
  opts: { details?: boolean; labels?: MatrixSvgLabels; entryH?: number } = {},
): SvgBody {
  const L = opts.labels ?? MATRIX_SVG_EN;
  const s = fonts.small;
  const big = fonts.label;
  const lh = s * LINE;
  const padX = s * 0.5;
  const padY = s * 0.3;
  const n = Math.max(1, m.actors.length);
  const titleMax = Math.max(...m.issues.map((i) => textWidth(i.title, s, true)), textWidth(L.issue, s, true));
  const labelW = Math.min(width * (density === "compact" ? 0.3 : density === "medium" ? 0.24 : 0.2), titleMax + s);
  const colW = (width - labelW) / n;
  const inner = colW - 2 * padX - 6;
  const posW = textWidth("−2", big, true) + s * 0.4;
  const dotR = s * 0.2;
  const dotsW = 5 * s * 0.55;
  const byKey = new Map<string, MatrixData["cells"][number][]>();
  for (const c of m.cells) byKey.set(`${c.actor}|${c.issue}`, [...(byKey.get(`${c.actor}|${c.issue}`) ?? []), c]);
  const name = new Map(m.actors.map((a) => [a.code, a.shortName]));
  const compactH = opts.entryH ?? s * 1.5;
  const parts: string[] = [];

  // Column headers: actor names on up to two lines.
  const heads = m.actors.map((a) => wrapText(a.shortName, colW - s * 1.6, big, 2, true));
  const headLines = Math.max(1, ...heads.map((h) => h.length));
  const headerH = headLines * big * 1.2 + s * 0.5;
  m.actors.forEach((a, i) => {
    const x = labelW + i * colW;
    const lines = heads[i];
    const top = headerH / 2 - (lines.length * big * 1.2) / 2;
    parts.push(el("circle", { cx: x + s * 0.5, cy: top + big * 0.6, r: s * 0.3, fill: a.color }));
    parts.push(textLines(x + s * 1.1, top + big * 0.95, lines, big * 1.2, { size: big, weight: "bold" }));
  });
  parts.push(text(padX, headerH / 2 + s * 0.35, L.issue, { size: s, fill: MUTED, weight: "bold" }));
  parts.push(el("line", { x1: 0, y1: headerH, x2: width, y2: headerH, stroke: RULE, "stroke-width": 1.5 }));

  // One stance: its lines, laid out top to bottom; the height follows from them.
  type Entry = { c: MatrixData["cells"][number]; toward: string | null; label: string[]; summary: string[]; cite: string[]; confLine: string[] | null; h: number };
  const plan = (c: MatrixData["cells"][number], scale: string): Entry => {
    const toward = c.counterpart ? L.toward(name.get(c.counterpart) ?? c.counterpart) : null;
    if (density === "compact") {
      // A clear gap before the dots: the width estimate of arrows and Hangul runs short.
      const rest = inner - posW - dotsW - s * 0.9;
      // A directed stance names its counterpart first (the arrow reads in any language).
      const said = [c.counterpart ? `→ ${name.get(c.counterpart) ?? c.counterpart}` : null, c.unsourced ? L.unsourced : null, scale].filter(Boolean).join(" · ");
      return { c, toward: null, label: [truncate(said, rest, s)], summary: [], cite: [], confLine: null, h: compactH };
    }
    // A narrow column (A4) gives the label a third line.
    const label = density === "full" ? wrapText(scale, inner - posW, s, inner < s * 9 ? 3 : 2) : [truncate(scale, inner - posW, s)];
    const summary = opts.details && c.summary ? wrapText(c.summary, inner, s, 6) : [];
    const ev = c.evidence?.[0];
    const citeText = !opts.details ? "" : ev ? [ev.publisher, ev.date].filter(Boolean).join(", ") || ev.title : c.unsourced ? L.noSource : "";
    // The citation over two lines if need be, so the source can be identified (publisher and date).
    const cite = citeText ? wrapText(L.source(citeText), inner, s, 2) : [];
    // The confidence (and "unsourced") beside the salience dots when it fits, else on lines of its own under them.
    const low = c.confidence === "low";
    const conf = (c.unsourced ? `${L.unsourced} · ` : "") + (low ? L.lowConf : c.confidence === "medium" ? L.medConf : L.highConf);
    const confLine = textWidth(conf, s, low) <= inner - dotsW - s * 0.5 ? null : wrapText(conf, inner, s, 2, low);
    const h = 2 * padY + 4 + (toward ? lh : 0) + Math.max(1, label.length) * lh + summary.length * s * CJK_LINE + cite.length * lh + lh + (confLine ? confLine.length * lh : 0);
    return { c, toward: toward ? truncate(toward, inner, s, true) : null, label, summary, cite, confLine, h };
  };

  let y = headerH + 4;
  for (const group of groupByCluster(m.issues, L.cluster)) {
    const bandH = s * (density === "compact" ? 1.3 : 1.5);
    parts.push(el("rect", { x: 0, y, width, height: bandH, fill: "#f1f5f9" }));
    parts.push(text(padX, y + bandH / 2 + s * 0.36, truncate(group.label.toLocaleUpperCase("en"), width - 2 * padX, s, true), { size: s, weight: "bold", fill: "#334155" }, { "letter-spacing": 0.5 }));
    y += bandH + (density === "compact" ? 2 : 4);
    for (const issue of group.issues) {
      const labels = issue.scale.map((p) => p.label);
      const entries = m.actors.map((a) => (byKey.get(`${a.code}|${issue.slug}`) ?? []).map((c) => plan(c, L.scale(labels, c.position))));
      const emptyH = density === "compact" ? compactH : lh + 2 * padY + 4;
      const stackH = Math.max(emptyH, ...entries.map((e) => e.reduce((h, x) => h + x.h, 0)));
      const titleLines = wrapText(issue.title, labelW - s, s, Math.max(1, Math.min(density === "full" ? 3 : 2, Math.floor((stackH - 2 * padY) / lh))), true);
      const rowH = Math.max(stackH, density === "compact" && titleLines.length === 1 ? 0 : titleLines.length * lh + 2 * padY);
      // A one-line row centres its title; a taller one starts it at the top.
      const titleTop = density === "compact" && titleLines.length === 1 ? y + rowH / 2 - lh / 2 : y + padY;
      parts.push(textLines(padX, titleTop + s * 0.95, titleLines, lh, { size: s, weight: "bold" }));
      m.actors.forEach((_, i) => {
        const x = labelW + i * colW;
        const here = entries[i];
        if (here.length === 0) {
          parts.push(el("rect", { x: x + 3, y: y + 2, width: colW - 6, height: rowH - 4, rx: 4, fill: NO_POSITION_FILL, stroke: "#cbd5e1", "stroke-width": 1.5, "stroke-dasharray": "5 4" }));
          const none = wrapText(L.noPosition, inner, s, Math.max(1, Math.min(2, Math.floor((rowH - 4) / lh))));
          parts.push(textLines(x + 3 + padX, y + rowH / 2 + s * 0.35 - ((none.length - 1) * lh) / 2, none, lh, { size: s, italic: true, fill: NO_POSITION_TEXT }));
          return;
        }
        let ey = y;
        for (const e of here) {
          const h = here.length === 1 ? rowH : e.h;
          parts.push(slideEntry(x, ey, colW, h, e, { s, big, lh, padX, padY, posW, dotR, density, L }));
          ey += h;
        }
      });
      const sep = density === "compact" ? 1 : 2;
      y += rowH + sep;
      parts.push(el("line", { x1: 0, y1: y, x2: width, y2: y, stroke: "#e5e7eb", "stroke-width": 1 }));
      y += sep;
    }
  }
  return { width, height: y, markup: el("g", { "data-density": density }, parts.join("")) };
}

function slideEntry(
  x: number,
  y: number,
  w: number,
  h: number,
  e: { c: MatrixData["cells"][number]; toward: string | null; label: string[]; summary: string[]; cite: string[]; confLine: string[] | null },
  k: { s: number; big: number; lh: number; padX: number; padY: number; posW: number; dotR: number; density: MatrixDensity; L: MatrixSvgLabels },
): string {
  const { s, big, lh, padX, padY, posW, dotR, L } = k;
  const c = e.c;
  const ink = positionText(c.position);
  const low = c.confidence === "low";
  const out = [
    el("rect", {
      x: x + 3, y: y + 2, width: w - 6, height: h - 4, rx: 4, fill: positionFill(c.position),
      stroke: "#000000", "stroke-opacity": low ? 0.55 : 0.12, "stroke-width": low ? 2 : 1, "stroke-dasharray": low ? "6 4" : undefined,
    }),
  ];
  const left = x + 3 + padX;
  const right = x + w - 3 - padX;
  // Baseline of line i below `top`.
  let top = y + 2 + padY;
  const base = (i: number) => top + i * lh + s * 0.95;
  const dots = (cx: number, cy: number) => {
    for (let i = 0; i < 5; i++) out.push(el("circle", { cx: cx + dotR + i * s * 0.55, cy, r: dotR, fill: ink, "fill-opacity": i < c.salience ? 1 : 0.3 }));
  };
  if (k.density === "compact") {
    // One line, centred in the entry.
    const b = y + h / 2 + s * 0.36;
    out.push(text(left, b, formatPosition(c.position), { size: big, weight: "bold", fill: ink }));
    out.push(text(left + posW, b, e.label[0], { size: s, fill: ink }));
    dots(right - 5 * s * 0.55, b - s * 0.36);
    return out.join("");
  }
  if (e.toward) {
    out.push(text(left, base(0), e.toward, { size: s, weight: "bold", fill: ink }));
    top += lh;
  }
  out.push(text(left, base(0), formatPosition(c.position), { size: big, weight: "bold", fill: ink }));
  out.push(textLines(left + posW, base(0), e.label, lh, { size: s, fill: ink }));
  top += Math.max(1, e.label.length) * lh;
  e.summary.forEach((l, i) => out.push(text(left, top + i * s * CJK_LINE + s * 1.05, l, { size: s, fill: ink }, { "font-family": CJK_FONT_FAMILY })));
  top += e.summary.length * s * CJK_LINE;
  e.cite.forEach((l, i) => out.push(text(left, base(i), l, { size: s, italic: true, fill: ink }, { "font-family": CJK_FONT_FAMILY })));
  top += e.cite.length * lh;
  // The last line, at the bottom of the entry: salience dots, then the confidence (and "unsourced") at the right.
  // In a narrow column the confidence takes the lines under the dots.
  const under = e.confLine?.length ?? 0;
  const last = y + h - 2 - padY - (under + 1) * lh + s * 0.95;
  dots(left, last - s * 0.33);
  const confStyle = { size: s, weight: low ? ("bold" as const) : ("normal" as const), fill: ink };
  if (e.confLine) out.push(textLines(left, last + lh, e.confLine, lh, confStyle));
  else {
    const conf = low ? L.lowConf : c.confidence === "medium" ? L.medConf : L.highConf;
    out.push(text(right, last, (c.unsourced ? `${L.unsourced} · ` : "") + conf, { ...confStyle, anchor: "end" }));
  }
  return out.join("");
}
