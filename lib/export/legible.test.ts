import { describe, expect, it } from "vitest";
import { compareFigure } from "./compare-svg";
import { builderScale, frameFonts, frameInner, frameSvg, type BodyBox, type FrameFonts } from "./frame";
import { heatmapFigure } from "./heatmap-svg";
import { fitLiveText } from "./live-text";
import { matrixAt, matrixExport, matrixFigure, type MatrixData } from "./matrix-svg";

/** Drawn font sizes: font-size times the scale of the enclosing frame group (bodies are drawn at scale 1 here). */
const sizes = (markup: string) => [...markup.matchAll(/<text [^>]*font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
const drawnSizes = (svg: string) => {
  const scale = Number(/<g transform="translate\([^)]*\) scale\(([\d.]+)\)">/.exec(svg)?.[1] ?? 1);
  const body = svg.slice(svg.indexOf("scale("));
  const head = svg.slice(0, svg.indexOf("scale("));
  return [...sizes(head), ...sizes(body.slice(0, body.indexOf("</g>"))).map((s) => s * scale), ...sizes(body.slice(body.indexOf("</g>")))];
};

const LABELS = ["Complete DPRK nuclear dismantlement", "Full declaration first, then phased steps", "Open; scope and standard left open", "Partial relief for partial steps", "Everything lifted at once"];
const CLUSTERS = ["denuclearization", "sanctions-sequencing", "security-order", "bilateral-humanitarian"];
const actors = ["South Korea", "Japan", "United States", "North Korea", "China", "Russia"].map((name, i) => ({ code: `A${i}`, name, shortName: name, color: "#0072B2" }));
const issues = Array.from({ length: 13 }, (_, i) => ({
  slug: `i${i}`,
  title: i === 3 ? "Security order (alliance, USFK, peace regime and the armistice)" : `Issue number ${i + 1} of the matrix`,
  cluster: CLUSTERS[i % 4],
  scale: LABELS.map((label, k) => ({ value: k - 2, label })),
}));
const matrix: MatrixData = {
  asOf: "2019-03-01",
  codedThrough: "2026-05-06",
  actors,
  issues,
  cells: issues.flatMap((issue, i) =>
    actors.slice(0, 4).map((a, j) => ({
      actor: a.code, issue: issue.slug, counterpart: null, position: ((i + j) % 5) - 2, salience: 3, confidence: j === 1 ? ("low" as const) : ("high" as const),
      unsourced: i === 2 && j === 0,
      summary: j === 3 ? "단계적 비핵화와 제재 완화를 병행하며, 북미 정상회담의 합의를 이행해야 한다는 입장이다." : "Seoul wants phased steps, each matched by relief, and verification by inspectors on the ground.",
      evidence: [{ title: "Statement", publisher: "Yonhap", date: "2019-02-28" }],
    })),
  ),
};

describe("builderScale", () => {
  it("fills the box up to 4x, never shrinks a builder's body below 1: a taller body grows the frame", () => {
    expect(builderScale({ width: 1800, height: 600 }, 900, 200)).toEqual({ scale: 2, grow: false });
    expect(builderScale({ width: 1800, height: 600 }, 1800, 500)).toEqual({ scale: 1, grow: false });
    expect(builderScale({ width: 1800, height: 600 }, 1800, 900)).toEqual({ scale: 1, grow: true });
    expect(builderScale({ width: 1800, height: null }, 300, 100)).toEqual({ scale: 4, grow: false });
    expect(frameInner(1920)).toBe(1824);
  });
});

describe("the matrix drawn for a slide", () => {
  it("a 13 x 6 matrix fits 1920 x 1080 with every text at 20 px or more and a 44 px title", () => {
    const f = matrixExport(matrix, { width: 1920, height: 1080 });
    expect([f.width, f.height]).toEqual([1920, 1080]);
    const drawn = drawnSizes(f.svg);
    expect(Math.min(...drawn)).toBeGreaterThanOrEqual(20);
    expect(Math.max(...drawn)).toBe(44);
    for (const a of actors) expect(f.svg).toContain(`>${a.shortName}</text>`);
  });

  it("4:3 and A4 keep the frame's floor for their width (15 px at 1440, 12 px at A4)", () => {
    const f43 = matrixExport(matrix, { width: 1440, height: 1080 });
    expect(f43.height).toBe(1080);
    expect(Math.min(...drawnSizes(f43.svg))).toBeGreaterThanOrEqual(frameFonts(1440).small);
    const a4 = matrixExport(matrix, { width: 794, height: "fit" });
    expect(Math.min(...drawnSizes(a4.svg))).toBeGreaterThanOrEqual(12);
  });

  it("chooses the richest density that fits the box, and full density with details", () => {
    const fonts = frameFonts(1920);
    const full = matrixAt(matrix, 1824, fonts, "full");
    const compact = matrixAt(matrix, 1824, fonts, "compact");
    expect(compact.height).toBeLessThan(full.height);
    expect(matrixFigure(matrix)({ width: 1824, height: full.height + 1, fonts })).toEqual(full);
    expect(matrixFigure(matrix)({ width: 1824, height: compact.height, fonts })).toEqual(compact);
    // Full: the scale label and the confidence are printed; compact: one line per stance.
    expect(full.markup).toContain(">high conf.</text>");
    expect(compact.markup).not.toContain(">high conf.</text>");
    expect(matrixFigure(matrix, { details: true })({ width: 1824, height: 600, fonts }).height).toBeGreaterThan(600);
  });

  it("with details, the summary (Hangul in a CJK font) and the citation are on their own lines at 20 px, the frame grows", () => {
    const f = matrixExport(matrix, { width: 1920, height: 1080, details: true });
    expect(f.width).toBe(1920);
    expect(f.height).toBeGreaterThan(1080);
    expect(Math.min(...drawnSizes(f.svg))).toBeGreaterThanOrEqual(20);
    expect(f.svg).toMatch(/font-family="[^"]*Noto Sans CJK KR[^"]*"[^>]*>단계적/);
    expect(f.svg).toMatch(/>Source: Yonhap[^<]*<\/text>/);
    // Lines of one entry never share a baseline band: each text's baseline is at least a line below the one before.
    const body = matrixAt(matrix, 1824, frameFonts(1920), "full", { details: true });
    const entry = body.markup.split("<rect ").find((r) => r.includes("Seoul wants"))!;
    const ys = [...entry.matchAll(/<text x="([\d.]+)" y="([\d.]+)"/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
    const left = ys.filter((p) => p.x === ys[0].x).map((p) => p.y);
    for (let i = 1; i < left.length; i++) expect(left[i] - left[i - 1]).toBeGreaterThanOrEqual(20 * 1.15);
  });
});

describe("comparison and heatmap drawn for a slide", () => {
  const fonts: FrameFonts = frameFonts(1920);
  const box: BodyBox = { width: 1824, height: 760, fonts };
  it("the comparison's axis, titles and values are at the frame's small size or larger, across the box", () => {
    const A = { code: "ROK", shortName: "South Korea", color: "#0072B2" };
    const B = { code: "JPN", shortName: "Japan", color: "#D55E00" };
    const gaps = issues.map((i, k) => ({ issue: i.slug, a: { position: 1, salience: 4 }, b: k === 2 ? null : { position: -1, salience: 3 }, distance: k === 2 ? null : 0.5, weight: 3.5, weightedGap: 1.75 })) as never;
    const b = compareFigure(A, B, issues, gaps)(box);
    expect(b.width).toBe(1824);
    expect(b.height).toBeLessThanOrEqual(760);
    expect(Math.min(...sizes(b.markup))).toBeGreaterThanOrEqual(20);
    expect(b.markup).toContain(">0.50 × 3.5  (+1 vs -1)</text>");
    const d = compareFigure(A, B, issues, gaps, new Map([["i0", { a: { summary: "段階的な非核化", source: "外務省, 2019-02-28" }, b: null }]]))(box);
    expect(d.markup).toContain(">South Korea: 段階的な非核化</text>");
    expect(Math.min(...sizes(d.markup))).toBeGreaterThanOrEqual(20);
  });

  it("the heatmap's names, values and counts are at 20 px or more and the grid fits the box", () => {
    const grid = actors.flatMap((a) => actors.filter((b) => b !== a).map((b) => ({ a: a.code, b: b.code, value: 0.25, compared: 12 })));
    const b = heatmapFigure(actors, grid)(box);
    expect(b.height).toBeLessThanOrEqual(760);
    expect(b.width).toBe(1824);
    expect(Math.min(...sizes(b.markup))).toBeGreaterThanOrEqual(20);
    expect(b.markup).toContain(">12 issues</text>");
    const f = frameSvg({ title: "Heat", asOf: "2019-03-01", horizon: null, width: 1920, height: 1080, body: heatmapFigure(actors, grid) });
    expect(Math.min(...drawnSizes(f.svg))).toBeGreaterThanOrEqual(20);
  });
});

describe("fitLiveText", () => {
  it("raises font sizes below floor / scale and keeps larger ones", () => {
    const body = { width: 800, height: 200, markup: '<g font-size="12px"><text font-size="9px">1</text><text font-size="9">2019</text><text font-size="24px">Big</text></g>' };
    const fitted = fitLiveText(body, 20, 2);
    expect(fitted.markup).toBe('<g font-size="12px"><text font-size="10px">1</text><text font-size="10px">2019</text><text font-size="24px">Big</text></g>');
    expect(fitLiveText(body, 20, 1).markup).toContain('<text font-size="20px">1</text>');
  });
});
