import { describe, expect, it } from "vitest";
import { barSpan, barsBody } from "./bars-svg";
import { frameFonts, frameSvg } from "./frame";

const box = (width: number, height: number | null = null) => ({ width, height, fonts: frameFonts(width) });
const rects = (markup: string) => [...markup.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => ({ x: Number(m[1]), width: Number(m[2]) }));
const texts = (markup: string) => [...markup.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe("barSpan", () => {
  it("starts bars at zero when the domain spans it, else at the domain's start", () => {
    expect(barSpan(2, [0, 4])).toEqual({ start: 0, end: 0.5 });
    expect(barSpan(-1, [-2, 2])).toEqual({ start: 0.25, end: 0.5 });
    expect(barSpan(2, [-2, 2])).toEqual({ start: 0.5, end: 1 });
    expect(barSpan(3, [1, 5])).toEqual({ start: 0, end: 0.5 });
  });
  it("clamps values outside the domain", () => {
    expect(barSpan(9, [0, 4])).toEqual({ start: 0, end: 1 });
    expect(barSpan(-9, [0, 4])).toEqual({ start: 0, end: 0 });
  });
});

describe("barsBody", () => {
  const rows = [
    { label: "Sanctions relief", value: 4, color: "#08519c", text: "4" },
    { label: "Abduction issue", value: null, color: "#ccc", text: "–" },
    { label: "End-of-war declaration", value: 1, color: "#9ecae1", text: "1" },
  ];
  const axis = { domain: [0, 4] as const, ticks: [0, 1, 2, 3, 4] };

  it("draws one bar per value, proportional to it, with every label, value and tick", () => {
    const body = barsBody(rows, axis)(box(1600));
    const bars = rects(body.markup);
    expect(bars).toHaveLength(2);
    expect(bars[0].x).toBe(bars[1].x); // both from zero
    expect(bars[0].width / bars[1].width).toBeCloseTo(4, 1);
    const all = texts(body.markup);
    for (const s of ["Sanctions relief", "Abduction issue", "End-of-war declaration", "4", "–", "1", "0", "2", "3"]) expect(all).toContain(s);
    expect(body.width).toBe(1600);
  });

  it("keeps the frame's label size and fills a fixed slide height", () => {
    const fit = barsBody(rows, axis)(box(1920));
    const slide = barsBody(rows, axis)(box(1920, 800));
    expect(fit.markup).toContain(`font-size="${frameFonts(1920).label}"`);
    expect(slide.height).toBeGreaterThan(fit.height);
    expect(slide.height).toBeLessThanOrEqual(800);
  });

  it("shortens a long label to the label column and labels signed ticks as given, with a zero line", () => {
    const long = [{ label: "A very long issue title ".repeat(8).trim(), value: -2, color: "#542788", text: "-2" }];
    const body = barsBody(long, { domain: [-2, 2], ticks: [-2, -1, 0, 1, 2], tickLabels: ["-2", "-1", "0", "+1", "+2"], zeroLine: true })(box(794));
    expect(texts(body.markup).some((t) => t.endsWith("…"))).toBe(true);
    expect(texts(body.markup)).toContain("+2");
    expect(body.markup).toContain('stroke="#4b5563"'); // the zero line
    const [bar] = rects(body.markup);
    expect(bar.width).toBeGreaterThan(0);
  });

  it("frames into a valid standalone SVG with escaped text", () => {
    const framed = frameSvg({ title: "Gap <per> issue", asOf: "2019-03-01", horizon: "2026-05-06", body: barsBody([{ label: "R&D <b>", value: 2, color: "#000", text: "2" }], axis), height: "fit" });
    expect(framed.svg).toContain("R&amp;D &lt;b&gt;");
    expect(framed.svg).not.toContain("<b>");
  });
});
