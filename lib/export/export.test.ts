import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { briefingQuery, DEFAULT_TITLE, MAX_SAMPLES, monthlyDates, parseBriefing } from "./briefing";
import { exportFileName, frameFonts, frameSvg, sourceLine } from "./frame";
import { heatmapFigure } from "./heatmap-svg";
import { koreanMatrix, matrixBody, matrixExport, type MatrixData } from "./matrix-svg";
import { divergenceGrid, pairDivergence } from "./pairs";
import { el, escapeXml, textWidth, truncate, wrapText } from "./svg";
import { linePath, trendBody } from "./trend-svg";

const XSS = `<script>alert("x")</script> & 'quotes' <img src=x onerror=alert(1)> ]]> javascript:alert(1)`;

/** A tiny well-formedness check: tags balance and no raw < or & appear in text or attribute values. */
function wellFormed(xml: string): boolean {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, "");
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(body))) {
    const between = body.slice(last, m.index);
    if (/[<>]/.test(between) || /&(?!(amp|lt|gt|quot|apos);)/.test(between)) return false;
    if (/&(?!(amp|lt|gt|quot|apos);)/.test(m[3])) return false;
    last = tag.lastIndex;
    if (m[4]) continue;
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else stack.push(m[2]);
  }
  return stack.length === 0 && body.slice(last).trim() === "";
}

const matrix: MatrixData = {
  asOf: "2019-03-01",
  codedThrough: "2024-06-01",
  actors: [
    { code: "ROK", name: "Republic of Korea", shortName: "South Korea", color: "#0072B2" },
    { code: "DPRK", name: XSS, shortName: `North <Korea> & "co"`, color: "#CC79A7" },
  ],
  issues: [
    { slug: "sequencing", title: "Sequencing", cluster: "sanctions-sequencing", scale: [-2, -1, 0, 1, 2].map((value) => ({ value, label: `Label ${value} & <b>` })) },
    { slug: "summit-diplomacy", title: "Summit diplomacy", cluster: "bilateral-humanitarian", scale: [-2, -1, 0, 1, 2].map((value) => ({ value, label: `Summit ${value}` })) },
    { slug: "mystery", title: XSS, cluster: "denuclearization", scale: [] },
  ],
  cells: [
    { actor: "ROK", issue: "sequencing", counterpart: null, position: 1, salience: 5, confidence: "high", unsourced: true },
    { actor: "DPRK", issue: "sequencing", counterpart: null, position: 2, salience: 4, confidence: "low" },
    { actor: "DPRK", issue: "summit-diplomacy", counterpart: "ROK", position: 2, salience: 5, confidence: "medium" },
    { actor: "DPRK", issue: "summit-diplomacy", counterpart: "USA", position: -2, salience: 5, confidence: "medium" },
  ],
};

describe("escapeXml", () => {
  it("escapes markup characters and quotes", () => {
    expect(escapeXml(`<a href="x" onclick='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; onclick=&apos;y&apos;&gt;&amp;&lt;/a&gt;");
  });
  it("drops characters XML forbids", () => {
    expect(escapeXml("a\u0000b\u001Fc\uFFFEd\uD800e")).toBe("abcde");
  });
  it("never lets < or a bare & through (property)", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => !/[<>"']|&(?!(amp|lt|gt|quot|apos);)/.test(escapeXml(s))));
  });
});

describe("el", () => {
  it("refuses event handlers, links, style and class attributes and unknown elements", () => {
    expect(() => el("rect", { onload: "alert(1)" })).toThrow(/not allowed/);
    expect(() => el("rect", { OnClick: "x" })).toThrow(/not allowed/);
    expect(() => el("a", { x: 1 })).toThrow(/not allowed/);
    expect(() => el("rect", { href: "javascript:alert(1)" })).toThrow(/not allowed/);
    expect(() => el("rect", { style: "fill:red" })).toThrow(/not allowed/);
    expect(() => el("script")).toThrow(/not allowed/);
    expect(() => el("foreignObject")).toThrow(/not allowed/);
  });
  it("escapes attribute values and rounds numbers", () => {
    expect(el("rect", { fill: `"><script>`, x: 1.23456 })).toBe('<rect fill="&quot;&gt;&lt;script&gt;" x="1.23"/>');
  });
});

describe("text measuring", () => {
  it("wraps into at most the allowed lines, each within the width", () => {
    const lines = wrapText("Complete, verifiable and irreversible dismantlement before any relief at all", 160, 13, 2);
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(160);
    expect(lines[1].endsWith("…")).toBe(true);
  });
  it("keeps short text whole and truncates one long word", () => {
    expect(wrapText("Freeze", 200, 13, 2)).toEqual(["Freeze"]);
    expect(truncate("Supercalifragilistic", 60, 13).endsWith("…")).toBe(true);
    expect(wrapText("", 100, 13, 2)).toEqual([]);
  });
  it("never exceeds the width or line count (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 30, max: 400 }), fc.integer({ min: 1, max: 4 }), (s, w, n) => {
        const lines = wrapText(s, w, 13, n);
        return lines.length <= n && lines.every((l) => textWidth(l, 13) <= w);
      }),
    );
  });
});

describe("frameSvg", () => {
  const body = { width: 400, height: 200, markup: el("rect", { x: 0, y: 0, width: 400, height: 200, fill: "#f00" }) };

  it("is a standalone SVG document: namespace, size, white background, title, subtitle, source line", () => {
    const f = frameSvg({ title: "Divergence", subtitle: "South Korea and Japan, as of 2019-03-01", asOf: "2019-03-01", horizon: "2024-06-01", body });
    expect(f.width).toBe(1600);
    expect(f.height).toBe(900);
    expect(f.svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* width="1600" height="900" viewBox="0 0 1600 900"/);
    expect(f.svg).toContain('<rect x="0" y="0" width="1600" height="900" fill="#ffffff"/>');
    expect(f.svg).toContain(">Divergence</text>");
    expect(f.svg).toContain("South Korea and Japan, as of 2019-03-01");
    expect(f.svg).toContain(`>${sourceLine("2019-03-01", "2024-06-01")}</text>`);
    expect(sourceLine("2019-03-01", "2024-06-01")).toBe("Source: Stance Atlas, view as of 2019-03-01; positions coded through 2024-06-01 from public sources");
    expect(f.svg).not.toMatch(/data as of/);
    expect(wellFormed(f.svg)).toBe(true);
  });

  it("marks an unsourced cell and says what the scale's poles are", () => {
    const f = matrixExport(matrix);
    expect(f.svg).toContain(">unsourced · high conf.</text>");
    expect(f.svg.match(/unsourced · /g)).toHaveLength(1);
    expect(f.svg).toContain("accommodation pole");
    expect(f.svg).not.toMatch(/engagement pole|DPRK-preferred/);
    expect(f.svg).toContain("positions coded through 2024-06-01");
  });

  it("inlines fonts and colours: no CSS, classes, variables, foreignObject or script", () => {
    const f = matrixExport(matrix);
    const tags = f.svg.match(/<[^>]*>/g)!.join("\n");
    expect(tags).not.toMatch(/\sclass=|\sstyle=|var\(--|<style|foreignObject|<script|\son\w+=|href=|javascript:/i);
    expect(f.svg).toMatch(/<text [^>]*font-family="Arial, &apos;Liberation Sans&apos;, Helvetica, &apos;Noto Sans CJK KR&apos;, &apos;Noto Sans KR&apos;, [^"]*sans-serif" font-size="\d+/);
  });

  it("escapes hostile names and titles so they come out as text", () => {
    const f = frameSvg({ title: XSS, subtitle: XSS, asOf: "2019-03-01", horizon: null, body, note: XSS });
    expect(f.svg).not.toContain("<script>");
    expect(f.svg).not.toContain("<img");
    expect(f.svg).toContain("&lt;script&gt;");
    expect(wellFormed(f.svg)).toBe(true);
    const m = matrixExport(matrix);
    expect(m.svg).not.toContain("<script>");
    expect(m.svg).toContain("North &lt;Korea&gt; &amp; &quot;co&quot;");
    expect(wellFormed(m.svg)).toBe(true);
  });

  it("fits the body: scaled into a slide, or the height follows the body with fit", () => {
    const fixed = frameSvg({ title: "T", asOf: "2019-03-01", horizon: "2024-06-01", body: { ...body, height: 4000 } });
    const scale = Number(/scale\(([\d.]+)\)/.exec(fixed.svg)![1]);
    expect(4000 * scale).toBeLessThan(900);
    const fit = frameSvg({ title: "T", asOf: "2019-03-01", horizon: "2024-06-01", body: { ...body, width: 1504, height: 1000 }, height: "fit" });
    expect(fit.height).toBeGreaterThan(1000);
    expect(fit.svg).toContain("scale(1)");
  });
});

describe("exportFileName", () => {
  it("names view, subject and date", () => {
    expect(exportFileName("divergence", "ROK-JPN", "2019-03-01", "png")).toBe("stance-atlas_divergence_ROK-JPN_2019-03-01.png");
    expect(exportFileName("matrix", null, "2019-03-01", "csv")).toBe("stance-atlas_matrix_2019-03-01.csv");
    expect(exportFileName("matrix", "../../etc passwd", "2019-03-01", "svg")).toBe("stance-atlas_matrix_..-..-etc-passwd_2019-03-01.svg");
  });
});

describe("matrixBody", () => {
  it("draws every actor, every issue, the counterpart entries and the no-position cells", () => {
    const b = matrixBody(matrix);
    expect(b.markup).toContain(">South Korea</text>");
    expect(b.markup).toContain(">Sequencing</text>");
    expect(b.markup).toContain(">toward South Korea</text>");
    expect(b.markup).toContain(">toward USA</text>");
    expect(b.markup).toContain(">+1</text>");
    expect(b.markup).toContain(">No stated position</text>");
    expect(b.markup).toContain(">SANCTIONS &amp; SEQUENCING</text>");
    expect(b.markup).toContain(">low conf.</text>");
    expect(b.markup).toContain('stroke-dasharray="6 4"');
    // Three cluster bands for three clusters, in canonical order.
    expect(b.markup.indexOf("DENUCLEARIZATION")).toBeLessThan(b.markup.indexOf("SANCTIONS"));
  });
});

describe("divergence grid and heatmap", () => {
  it("uses directed stances toward the other actor and prints the values", () => {
    const issues = ["sequencing", "summit-diplomacy"];
    const d = pairDivergence(matrix.cells, issues, "ROK", "DPRK");
    // ROK has no summit stance; sequencing only: |1-2|/4.
    expect(d.compared).toBe(1);
    expect(d.value).toBeCloseTo(0.25);
    const grid = divergenceGrid(matrix.cells, issues, ["ROK", "DPRK"]);
    expect(grid).toHaveLength(2);
    const b = heatmapFigure(matrix.actors, grid)({ width: 1500, height: null, fonts: frameFonts(1600) });
    expect(b.markup).toContain(">0.25</text>");
    expect(b.markup).toContain(">1 issues</text>");
  });
});

describe("linePath and trendBody", () => {
  it("breaks the line at missing values", () => {
    expect(linePath([{ x: 0, y: 1 }, { x: 1, y: 2 }, null, { x: 3, y: 4.456 }])).toBe("M0 1L1 2M3 4.46");
    expect(linePath([null])).toBe("");
    expect(linePath([{ x: 0, y: 1 }, { x: 2, y: 1 }, { x: 3, y: 5 }, null, { x: 4, y: 4 }], true)).toBe("M0 1H2H3V5M4 4");
  });
  it("draws one path per series with year ticks", () => {
    const b = trendBody([{ label: "A", color: "#0072B2", points: [{ date: "2018-01-01", value: 0.5 }, { date: "2019-01-01", value: 0.25 }] }], "2018-01-01", "2019-06-01");
    expect(b.markup.match(/<path /g)).toHaveLength(1);
    expect(b.markup).toContain(">2019</text>");
    expect(wellFormed(`<svg>${b.markup}</svg>`)).toBe(true);
  });
});

describe("parseBriefing", () => {
  const known = { actors: ["ROK", "JPN", "USA", "DPRK"], issues: ["sequencing", "sanctions-relief"] };
  it("fills defaults and round-trips through the URL", () => {
    const r = parseBriefing({ asOf: "2019-03-01" }, known, "2026-01-01");
    expect(r.ok && r.value).toEqual({ title: DEFAULT_TITLE, author: "", asOf: "2019-03-01", from: null, actors: known.actors, views: ["matrix", "compare", "heatmap", "trend"], pair: ["ROK", "JPN"], issues: [] });
    if (!r.ok) return;
    const again = parseBriefing(Object.fromEntries(new URLSearchParams(briefingQuery(r.value))), known, "2026-01-01");
    expect(again.ok && again.value).toEqual(r.value);
  });
  it("accepts checkbox lists and keeps the canonical order", () => {
    const r = parseBriefing({ actors: ["USA", "ROK"], views: ["issues", "matrix"], issues: "sanctions-relief,sequencing", title: "<b>Memo</b>", author: "Desk" }, known, "2026-01-01");
    expect(r.ok && r.value.actors).toEqual(["ROK", "USA"]);
    expect(r.ok && r.value.views).toEqual(["matrix", "issues"]);
    expect(r.ok && r.value.issues).toEqual(["sequencing", "sanctions-relief"]);
    expect(r.ok && r.value.title).toBe("<b>Memo</b>");
  });
  it("rejects bad input with a message", () => {
    for (const sp of [{ asOf: "2019-13-45" }, { from: "2020-01-01", asOf: "2019-01-01" }, { actors: "ROK" }, { actors: "XXX,ROK" }, { pair: "ROK-ROK" }, { views: "pie" }, { views: "issues" }, { bogus: "1" }, { asOf: ["2019-01-01", "2019-02-01"] }]) {
      const r = parseBriefing(sp, known, "2026-01-01");
      expect(r.ok, JSON.stringify(sp)).toBe(false);
    }
  });
});

describe("monthlyDates", () => {
  it("samples the first of each month between the ends", () => {
    expect(monthlyDates("2018-01-15", "2018-04-01")).toEqual(["2018-01-15", "2018-02-01", "2018-03-01", "2018-04-01"]);
  });
  it("samples a long range every few months, never more than MAX_SAMPLES dates", () => {
    const long = monthlyDates("1990-01-01", "2036-12-31");
    expect(long.length).toBeLessThanOrEqual(MAX_SAMPLES);
    expect(long.length).toBeGreaterThan(MAX_SAMPLES / 2);
    expect(long[0]).toBe("1990-01-01");
    expect(long.at(-1)).toBe("2036-12-31");
    expect([...long].sort()).toEqual(long);
    expect(monthlyDates("2017-12-01", "2019-01-01")).toHaveLength(14);
  });
  it("refuses dates outside the span a URL may name", () => {
    const known = { actors: ["ROK", "JPN"], issues: [] };
    const r = parseBriefing({ from: "1900-01-01", asOf: "2019-03-01" }, known, "2026-11-30");
    expect(r.ok || r.error).toMatch(/from must be on or after 1990-01-01/);
    const r2 = parseBriefing({ asOf: "2999-12-31" }, known, "2026-11-30");
    expect(r2.ok || r2.error).toMatch(/asOf must be on or before 2036-12-31/);
  });
});

describe("koreanMatrix", () => {
  it("takes the Korean texts where stored and keeps the English where not yet translated", () => {
    const m = koreanMatrix({
      asOf: "2019-03-01",
      codedThrough: "2026-05-06",
      actors: [
        { code: "ROK", name: "Republic of Korea", shortName: "South Korea", color: "#000", nameKo: "대한민국", shortNameKo: "한국" },
        { code: "XYZ", name: "New actor", shortName: "New", color: "#111", nameKo: null, shortNameKo: null },
      ],
      issues: [{ slug: "seq", title: "Sequencing", titleKo: "이행 순서", cluster: "sanctions-sequencing", scale: [{ value: -2, label: "All first", labelKo: "전부 먼저" }, { value: -1, label: "Mostly first", labelKo: null }] }],
      cells: [
        { actor: "ROK", issue: "seq", counterpart: null, position: -2, salience: 4, confidence: "high", summary: "English summary", summaryKo: "한국어 요약" },
        { actor: "XYZ", issue: "seq", counterpart: null, position: -1, salience: 3, confidence: "low", summary: "Only English", summaryKo: null },
      ],
    });
    expect(m.actors.map((a) => [a.name, a.shortName])).toEqual([["대한민국", "한국"], ["New actor", "New"]]);
    expect(m.issues[0].title).toBe("이행 순서");
    expect(m.issues[0].scale.map((p) => p.label)).toEqual(["전부 먼저", "Mostly first"]);
    expect(m.cells.map((c) => c.summary)).toEqual(["한국어 요약", "Only English"]);
    expect(m.actors[0]).not.toHaveProperty("shortNameKo");
  });
});
