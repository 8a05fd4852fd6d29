import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { positionFill } from "./palette";

describe("compare scale colours", () => {
  it("app/views-lean.css colours the comparison's five scale points with the palette's position fills", () => {
    const css = readFileSync(new URL("../app/views-lean.css", import.meta.url), "utf8");
    const first = /\.db > ol > li \{[^}]*border-top-color: (#[0-9a-f]{6});/.exec(css)?.[1];
    const rest = [2, 3, 4, 5].map((n) => new RegExp(`\\.db > ol > li:nth-child\\(${n}\\) \\{\\s*border-top-color: (#[0-9a-f]{6});`).exec(css)?.[1]);
    expect([first, ...rest]).toEqual([-2, -1, 0, 1, 2].map((p) => positionFill(p)));
  });
});
