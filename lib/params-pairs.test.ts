import { describe, expect, it } from "vitest";
import { parseCode, parsePairs } from "./params";

const known = ["ROK", "JPN", "USA", "DPRK"];

describe("parsePairs and parseCode", () => {
  it("parses pairs and drops repeats in either order", () => {
    expect(parsePairs("pairs", "ROK-JPN,USA-JPN,JPN-ROK", known)).toEqual({ ok: true, value: [["ROK", "JPN"], ["USA", "JPN"]] });
    expect(parsePairs("pairs", undefined, known)).toEqual({ ok: true, value: undefined });
  });

  it.each([
    ["ROK", /not a pair/],
    ["ROK-XYZ", /unknown actor "XYZ"/],
    ["ROK-ROK", /itself/],
    [",", /empty/],
    ["ROK-JPN-USA", /not a pair/],
  ])("rejects %s", (raw, message) => {
    const r = parsePairs("pairs", raw, known);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it("rejects too many pairs and repeated parameters", () => {
    expect(parsePairs("pairs", "ROK-JPN,ROK-USA,JPN-USA", known, 2).ok).toBe(false);
    expect(parsePairs("pairs", ["ROK-JPN", "ROK-USA"], known).ok).toBe(false);
  });

  it("parses one code with a fallback", () => {
    expect(parseCode("a", undefined, known, "ROK")).toEqual({ ok: true, value: "ROK" });
    expect(parseCode("a", "JPN", known)).toEqual({ ok: true, value: "JPN" });
    expect(parseCode("a", "jpn", known).ok).toBe(false);
  });
});
