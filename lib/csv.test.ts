import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CSV_BOM, neutraliseCell, toCsv, withBom } from "./csv";

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

  it("starts with one UTF-8 byte-order mark, so Excel reads Hangul and Kanji", () => {
    const csv = toCsv(["actor"], [["대한민국"], ["日本"]]);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(withBom(csv)).toBe(csv);
    expect(withBom("a\r\n")).toBe(`${CSV_BOM}a\r\n`);
  });
});
