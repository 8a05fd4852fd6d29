import { describe, expect, it } from "vitest";
import { parseAll, parseChoice, parseCodeList, parseDateParam, parsePositiveInt, unknownParams } from "./params";

describe("URL parameters", () => {
  it("defaults asOf to the fallback and rejects impossible dates with a message", () => {
    expect(parseDateParam("asOf", undefined, "2020-01-01")).toEqual({ ok: true, value: "2020-01-01" });
    const bad = parseDateParam("asOf", "2019-13-45");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toContain("YYYY-MM-DD");
    expect(parseDateParam("asOf", ["2019-01-01", "2019-01-02"]).ok).toBe(false);
  });
  it("accepts known codes only", () => {
    expect(parseCodeList("actors", "ROK,JPN", ["ROK", "JPN", "USA"])).toEqual({ ok: true, value: ["ROK", "JPN"] });
    expect(parseCodeList("actors", "ROK,XXX", ["ROK"]).ok).toBe(false);
  });
  it("names unknown parameters", () => {
    expect(unknownParams(["asOf", "foo"], ["asOf"])).toContain('"foo"');
    expect(unknownParams(["asOf"], ["asOf"])).toBeNull();
  });
});

describe("parsePositiveInt", () => {
  it("accepts ids and page numbers, refuses anything else", () => {
    expect(parsePositiveInt("page", undefined)).toEqual({ ok: true, value: undefined });
    expect(parsePositiveInt("page", "3")).toEqual({ ok: true, value: 3 });
    for (const bad of ["0", "-1", "1.5", "01", "1e3", "99999999999", "2147483648", " 2"]) expect(parsePositiveInt("page", bad).ok).toBe(false);
    expect(parsePositiveInt("page", ["1", "2"]).ok).toBe(false);
  });
  it("parseAll gives the values by name, or every error joined in order", () => {
    const ok = parseAll({ actor: parseChoice("actor", "ROK", ["ROK", "JPN"]), page: parsePositiveInt("page", undefined) });
    expect(ok).toEqual({ ok: true, value: { actor: "ROK", page: undefined } });
    const bad = parseAll({
      actor: parseChoice("actor", "XX", ["ROK"]),
      asOf: parseDateParam("asOf", "2019-01-01"),
      page: parsePositiveInt("page", "0"),
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toBe(`${(parseChoice("actor", "XX", ["ROK"]) as { error: string }).error} ${(parsePositiveInt("page", "0") as { error: string }).error}`);
    expect(parseAll({})).toEqual({ ok: true, value: {} });
  });
});
