import { describe, expect, it } from "vitest";
import { MIN_PRINT_PX, PACK_PRINT, paginate, printScale } from "./briefing";
import { compareFigure } from "./compare-svg";
import { EXPORT_SIZES, exportSize, frameFonts, frameInner, frameSvg, type BodyBox } from "./frame";
import { matrixExport, type MatrixData } from "./matrix-svg";
import { textWidth } from "./svg";
import { stepSegments, trendBody } from "./trend-svg";

const fontSizes = (svg: string, pick: RegExp) => [...svg.matchAll(/<text [^>]*font-size="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].filter((m) => pick.test(m[2])).map((m) => Number(m[1]));

describe("export sizes and legible type", () => {
  it("offers the default, 16:9, 4:3 and A4-width sizes", () => {
    expect(EXPORT_SIZES.map((s) => [s.id, s.width, s.height])).toEqual([
      ["default", 1600, null],
      ["slide-16-9", 1920, 1080],
      ["slide-4-3", 1440, 1080],
      ["a4", 794, "fit"],
    ]);
    expect(exportSize("slide-16-9").label).toBe("16:9 slide");
  });

  it("at 1920 px wide, titles are at least 40 px and labels at least 20 px; type scales with the width", () => {
    const f = frameFonts(1920);
    expect(f.title).toBeGreaterThanOrEqual(40);
    expect(Math.min(f.label, f.legend, f.foot, f.small)).toBeGreaterThanOrEqual(20);
    expect(frameFonts(1600).title).toBeLessThan(f.title);
    // A4 width stops shrinking: 0.6 of the slide sizes (12 px labels, 9 pt on paper).
    expect(frameFonts(794).label).toBeCloseTo(13.2);
  });

  it("a 16:9 frame is 1920 x 1080 and draws a body builder at the box it leaves, with the frame's fonts", () => {
    let seen: BodyBox | null = null;
    const f = frameSvg({
      title: "Custom slide title",
      subtitle: "Who and when",
      note: "A note",
      asOf: "2019-12-31",
      horizon: "2025-06-01",
      width: 1920,
      height: 1080,
      body: (box) => {
        seen = box;
        return { width: box.width, height: box.height ?? 500, markup: "" };
      },
      legend: [{ kind: "line", label: "South Korea – Japan", stroke: "#000" }],
    });
    expect([f.width, f.height]).toEqual([1920, 1080]);
    expect(f.svg).toContain('width="1920" height="1080" viewBox="0 0 1920 1080"');
    expect(seen!.width).toBe(1920 - 96);
    expect(seen!.height).toBeGreaterThan(600);
    expect(seen!.fonts.label).toBeGreaterThanOrEqual(20);
    expect(f.svg).toContain("scale(1)");
    expect(fontSizes(f.svg, /^Custom slide title$/)).toEqual([44]);
    expect(Math.min(...fontSizes(f.svg, /South Korea – Japan|A note|^Source:/))).toBeGreaterThanOrEqual(20);
    expect(f.svg).toMatch(/>Source: Stance Atlas, view as of 2019-12-31; positions coded through 2025-06-01/);
  });

  it("with fit height, the builder chooses the height", () => {
    const f = frameSvg({ title: "T", asOf: "2019-12-31", horizon: null, width: 794, height: "fit", body: (box) => ({ width: box.width, height: box.height ?? 300, markup: "" }) });
    expect(f.width).toBe(794);
    expect(f.height).toBeGreaterThan(300);
  });
});

describe("trendBody for slides", () => {
  const series = [
    {
      label: "A – B",
      color: "#0072B2",
      points: [
        { date: "2018-01-01", value: 0.5, low: false },
        { date: "2018-06-01", value: 0, low: true },
        { date: "2019-01-01", value: 0.25, low: false },
        { date: "2019-12-31", value: 0.25, low: false },
      ],
    },
  ];

  it("draws low-coverage steps as a separate thin, faded path (lib/export/trend-svg.test.ts has the details)", () => {
    const b = trendBody(series, "2018-01-01", "2019-12-31", { step: true, fontSize: 22 });
    const paths = b.markup.match(/<path [^>]*>/g)!;
    expect(paths).toHaveLength(2);
    expect(paths[1]).toContain('stroke-opacity="0.45"');
    expect(paths[1]).toContain('data-coverage="low"');
    expect(paths[0]).not.toContain("stroke-opacity");
  });

  it("splits steps by coverage: each horizontal run belongs to its starting point", () => {
    const s = stepSegments([
      { x: 0, y: 10 },
      { x: 10, y: 20, low: true },
      { x: 20, y: 20, low: true },
      { x: 30, y: 5 },
      { x: 40, y: 5 },
    ]);
    expect(s.low).toBe("M10 20H20M20 20H30");
    expect(s.solid).toBe("M0 10H10M10 10V20M30 20V5M30 5H40");
  });

  it("numbers the markers in the range, lists them in a key, and labels at the given size", () => {
    const b = trendBody(series, "2018-01-01", "2019-12-31", {
      step: true,
      fontSize: 22,
      markers: [
        { date: "2018-06-12", title: "Singapore summit" },
        { date: "2019-02-28", title: "Hanoi summit" },
        { date: "2021-01-01", title: "Outside the range" },
      ],
    });
    expect(b.markup).toContain(">Singapore summit (12 Jun 2018)</text>");
    expect(b.markup).toContain(">Hanoi summit (28 Feb 2019)</text>");
    expect(b.markup).not.toContain("Outside the range");
    const sizes = [...b.markup.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBe(22);
    // A two-year range is labelled by quarter, January as the year.
    expect(b.markup).toContain(">2019</text>");
    expect(b.markup).toContain(">Apr</text>");
  });
});

describe("matrix export with details", () => {
  const m: MatrixData = {
    asOf: "2019-03-01",
    codedThrough: "2024-06-01",
    actors: [{ code: "ROK", name: "Republic of Korea", shortName: "South Korea", color: "#0072B2" }],
    issues: [{ slug: "seq", title: "Sequencing", cluster: "sanctions-sequencing", scale: [-2, -1, 0, 1, 2].map((value) => ({ value, label: `p${value}` })) }],
    cells: [
      {
        actor: "ROK", issue: "seq", counterpart: null, position: 1, salience: 4, confidence: "high",
        summary: "단계적 비핵화와 제재 완화를 병행한다",
        evidence: [{ title: "Pyongyang Declaration", publisher: "청와대", date: "2018-09-19" }],
      },
    ],
  };

  it("prints each cell's summary (Korean included, in a CJK-capable font) and its citation only when asked", () => {
    const plain = matrixExport(m);
    expect(plain.svg).not.toContain("단계적");
    const detailed = matrixExport(m, { details: true, title: "My title", subtitle: "Mine", note: "My note", width: 1920, height: 1080 });
    expect(detailed.svg).toContain(">단계적 비핵화와 제재 완화를 병행한다</text>");
    expect(detailed.svg).toContain(">Source: 청와대, 2018-09-19</text>");
    expect(detailed.svg).toMatch(/font-family="[^"]*Noto Sans CJK KR[^"]*"[^>]*>단계적/);
    expect([detailed.width, detailed.height]).toEqual([1920, 1080]);
    expect(detailed.svg).toContain(">My title</text>");
    expect(detailed.svg).toContain(">My note</text>");
    expect(detailed.svg).not.toContain("Every issue runs from");
    expect(detailed.svg).toContain("positions coded through 2024-06-01");
  });

  it("measures Hangul and Kanji as full-width, so wrapped summaries stay inside the cell", () => {
    expect(textWidth("가나다", 10)).toBe(30);
    expect(textWidth("漢字", 10)).toBe(20);
  });
});

describe("print pagination", () => {
  it("takes items while they fit and gives an oversized item its own page", () => {
    const sizes = [3, 3, 3, 9, 2, 2];
    const pages = paginate(sizes, (chunk) => chunk.reduce((a, b) => a + b, 0) <= 6);
    expect(pages).toEqual([[3, 3], [3], [9], [2, 2]]);
    expect(paginate([], () => true)).toEqual([]);
  });

  it("the print scale is limited by width or height, and 7 pt is 9.33 px", () => {
    expect(printScale({ width: 2000, height: 500 }, { width: 1000, height: 600 })).toBe(0.5);
    expect(printScale({ width: 1000, height: 1200 }, { width: 1000, height: 600 })).toBe(0.5);
    expect(MIN_PRINT_PX).toBeCloseTo(9.333, 3);
    expect(PACK_PRINT.width).toBeCloseTo(1031.8, 1);
  });
});

describe("comparison export with details", () => {
  const A = { code: "ROK", shortName: "South Korea", color: "#0072B2" };
  const B = { code: "JPN", shortName: "Japan", color: "#D55E00" };
  const issues = [{ slug: "seq", title: "Sequencing" }];
  const gaps = [{ issue: "seq", a: { position: 1, salience: 4 }, b: { position: -1, salience: 3 }, distance: 0.5, weight: 3.5, weightedGap: 1.75 }] as never;

  it("prints both sides' summaries and sources under the row only when asked, and the row grows", () => {
    const box = { width: 1500, height: null, fonts: frameFonts(1600) };
    const plain = compareFigure(A, B, issues, gaps)(box);
    const detailed = compareFigure(A, B, issues, gaps, new Map([["seq", { a: { summary: "段階的な非核化", source: "外務省, 2019-02-28" }, b: { summary: "Maximum pressure first", source: null } }]]))(box);
    expect(plain.markup).not.toContain("段階的");
    expect(detailed.markup).toContain(">South Korea: 段階的な非核化</text>");
    expect(detailed.markup).toContain(">Source: 外務省, 2019-02-28</text>");
    expect(detailed.markup).toContain(">Japan: Maximum pressure first</text>");
    expect(detailed.height).toBeGreaterThan(plain.height + 50);
  });
});

describe("the source line in a narrow frame", () => {
  it("wraps at A4 width instead of running past the edge, so the coding date shows", () => {
    const source = "Source: Stance Atlas, positions from 2018-01-01 to 2026-11-30 (after 2026-05-06, the last coded positions, not confirmed for those dates); positions coded through 2026-05-06 from public sources";
    const { svg } = frameSvg({ title: "T", asOf: "2026-11-30", horizon: "2026-05-06", source, body: { width: 100, height: 50, markup: "" }, width: 794, height: "fit" });
    const lines = [...svg.matchAll(/<text [^>]*data-source-line="true"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(source);
    const size = frameFonts(794).foot;
    for (const l of lines) expect(textWidth(l, size)).toBeLessThanOrEqual(frameInner(794));
  });
});
