import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { neutraliseCell, toCsv } from "./csv";

describe("csv", () => {
  it("quotes per RFC 4180 and round-trips", () => {
    const csv = toCsv(["a", "b"], [["x, y", 'say "hi"'], ["line\nbreak", 2]]);
    const parsed = Papa.parse<string[]>(csv.trim(), { header: false });
    expect(parsed.data).toEqual([["a", "b"], ["x, y", 'say "hi"'], ["line\nbreak", "2"]]);
  });

  it("neutralises formula-looking text but keeps numbers", () => {
    expect(neutraliseCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(neutraliseCell("+1 phased")).toBe("'+1 phased");
    expect(neutraliseCell("-2")).toBe("'-2");
    expect(neutraliseCell("@SUM")).toBe("'@SUM");
    expect(neutraliseCell(-2)).toBe(-2);
    expect(neutraliseCell(null)).toBe("");
  });
});
