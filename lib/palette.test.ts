import { describe, expect, it } from "vitest";
import { divergenceFill, LOW_STYLE, PAIR_ORDER, pairSlot, pairStyle, positionFill, positionText, SERIES_PALETTE } from "./palette";

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, b2] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

describe("palette contrast", () => {
  it("divergence cells keep AA contrast (4.5:1) for their printed values at every level", () => {
    for (let v = 0; v <= 1; v += 0.01) {
      const { fill, text } = divergenceFill(v);
      expect(contrast(fill, text), `value ${v.toFixed(2)}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("position fills keep AA contrast with their text", () => {
    for (const p of [-2, -1, 0, 1, 2, null]) expect(contrast(positionFill(p), positionText(p))).toBeGreaterThanOrEqual(4.5);
  });
});

describe("matrix position classes", () => {
  it("app/globals.css gives each position class the palette's fill and text colour", async () => {
    const { readFileSync } = await import("node:fs");
    const { positionClass } = await import("./palette");
    const css = readFileSync(new URL("../app/globals.css", import.meta.url), "utf8");
    for (const position of [-2, -1, 0, 1, 2, null]) {
      const cls = positionClass(position);
      const rule = new RegExp(`\\.${cls} \\{\\s*background-color: (#[0-9a-f]{6});\\s*color: (#[0-9a-f]{6});`).exec(css);
      expect(rule, cls).not.toBeNull();
      expect(rule![1], `${cls} fill`).toBe(positionFill(position));
      expect(rule![2], `${cls} text`).toBe(positionText(position));
    }
    expect(new Set([-2, -1, 0, 1, 2, null].map(positionClass)).size).toBe(6);
  });
});

describe("pairStyle", () => {
  const codes = ["ROK", "JPN", "USA", "DPRK", "CHN", "RUS"];
  const pairs = codes.flatMap((a, i) => codes.slice(i + 1).map((b) => [a, b] as const));

  it("gives every curated pair its own colour and dash combination", () => {
    const styles = pairs.map(([a, b]) => JSON.stringify(pairStyle(a, b)));
    expect(new Set(styles).size).toBe(pairs.length);
    expect(PAIR_ORDER).toHaveLength(pairs.length);
  });

  it("an actor's pairs all differ in colour (an actor page draws all of them)", () => {
    for (const c of codes) {
      const colours = pairs.filter((p) => p.includes(c)).map(([a, b]) => pairStyle(a, b).color);
      expect(new Set(colours).size, c).toBe(colours.length);
    }
  });

  it("an actor's five pairs repeat a dash pattern at most once (there are four)", () => {
    for (const c of codes) {
      const dashes = pairs.filter((p) => p.includes(c)).map(([a, b]) => pairStyle(a, b).dash);
      expect(dashes.length - new Set(dashes).size, c).toBeLessThanOrEqual(1);
    }
  });

  it("depends on the pair alone: not on the order of its codes or of the pairs drawn beside it", () => {
    expect(pairStyle("JPN", "ROK")).toEqual(pairStyle("ROK", "JPN"));
    const first = ["ROK-JPN", "USA-DPRK"].map((p) => pairStyle(...(p.split("-") as [string, string])));
    const later = ["USA-DPRK", "CHN-RUS", "ROK-JPN"].map((p) => pairStyle(...(p.split("-") as [string, string])));
    expect(later[2]).toEqual(first[0]);
    expect(later[0]).toEqual(first[1]);
  });

  it("keeps the default pairs' familiar styles: South Korea–Japan solid, USA–Japan dashed, South Korea–USA dotted", () => {
    expect(pairStyle("ROK", "JPN")).toEqual({ color: SERIES_PALETTE[0], dash: "" });
    expect(pairStyle("USA", "JPN")).toEqual({ color: SERIES_PALETTE[1], dash: "6 3" });
    expect(pairStyle("ROK", "USA")).toEqual({ color: SERIES_PALETTE[2], dash: "2 2" });
  });

  it("gives actors added later a stable slot past the curated pairs", () => {
    expect(pairSlot("ROK", "MNG")).toBe(pairSlot("MNG", "ROK"));
    expect(pairSlot("ROK", "MNG")).toBeGreaterThanOrEqual(PAIR_ORDER.length);
    expect(pairSlot("ROK", "MNG")).toBeLessThan(SERIES_PALETTE.length * 4);
  });

  it("the low-coverage style is thinner and fainter than any pair line", () => {
    expect(LOW_STYLE.opacity).toBeLessThan(0.6);
    expect(LOW_STYLE.width).toBeLessThan(2);
  });
});
