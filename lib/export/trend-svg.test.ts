import { describe, expect, it } from "vitest";
import { LOW_STYLE, pairStyle } from "../palette";
import { scaleDash, trendBody } from "./trend-svg";

const dotted = pairStyle("ROK", "USA");

/** A dotted pair (the style the old "faded dotted" low-coverage drawing could not be told from) with one low step. */
const series = [
  {
    label: "South Korea – USA",
    ...dotted,
    points: [
      { date: "2018-01-01", value: 0.5, low: false },
      { date: "2018-06-01", value: 0.1, low: true },
      { date: "2019-01-01", value: 0.25, low: false },
      { date: "2019-12-31", value: 0.25, low: false },
    ],
  },
];

const attr = (tag: string, name: string) => tag.match(new RegExp(` ${name}="([^"]*)"`))?.[1];

describe("trendBody: low coverage and pair styles", () => {
  it("the test pair is dotted, so the low stretch must differ from it by more than a dash pattern", () => {
    expect(dotted.dash).toBe("2 2");
  });

  it("draws a low stretch as the pair's own dash pattern, thinner and faded, with hollow points where it starts", () => {
    const b = trendBody(series, "2018-01-01", "2019-12-31", { step: true, fontSize: 14 });
    const [solid, low] = b.markup.match(/<path [^>]*>/g)!;
    expect(attr(solid, "stroke-dasharray")).toBe(scaleDash("2 2", 1));
    expect(attr(low, "stroke-dasharray")).toBe(attr(solid, "stroke-dasharray"));
    expect(Number(attr(low, "stroke-width"))).toBeLessThan(Number(attr(solid, "stroke-width")) / 1.5);
    expect(attr(low, "stroke-opacity")).toBe(String(LOW_STYLE.opacity));
    expect(attr(solid, "stroke-opacity")).toBeUndefined();
    const dots = b.markup.match(/<circle [^>]*data-coverage="low"[^>]*>/g)!;
    expect(dots).toHaveLength(1);
    expect(attr(dots[0], "fill")).toBe("#ffffff");
    expect(attr(dots[0], "stroke")).toBe(dotted.color);
  });

  it("a key under the plot shows each pair's exact dash pattern and the low-coverage entry only when a point is low", () => {
    const b = trendBody(series, "2018-01-01", "2019-12-31", { step: true, fontSize: 14, key: { series: true, lowLabel: "Few comparable issues" } });
    expect(b.markup).toContain(">South Korea – USA</text>");
    expect(b.markup).toContain(">Few comparable issues</text>");
    const lines = b.markup.match(/<line [^>]*>/g)!.filter((l) => attr(l, "stroke") === dotted.color);
    expect(lines.map((l) => attr(l, "stroke-dasharray"))).toContain(scaleDash("2 2", 1));
    const high = trendBody([{ ...series[0], points: series[0].points.map((p) => ({ ...p, low: false })) }], "2018-01-01", "2019-12-31", {
      step: true,
      key: { series: true, lowLabel: "Few comparable issues" },
    });
    expect(high.markup).not.toContain("Few comparable issues");
    expect(high.markup).not.toContain('data-coverage="low"');
  });

  it("the key takes room under the plot instead of overlapping the axis", () => {
    const plain = trendBody(series, "2018-01-01", "2019-12-31", { step: true, width: 800, height: 400 });
    const keyed = trendBody(series, "2018-01-01", "2019-12-31", { step: true, width: 800, height: 400, key: { series: true, lowLabel: "Few" } });
    const axisY = (m: string) => Number(m.match(/<text [^>]*y="([\d.]+)"[^>]*>2019<\/text>/)![1]);
    expect(axisY(keyed.markup)).toBeLessThan(axisY(plain.markup));
  });

  it("scales dash patterns with the label size and keeps solid lines solid", () => {
    expect(scaleDash("6 3", 2)).toBe("18 9");
    expect(scaleDash("", 2)).toBeUndefined();
  });
});
