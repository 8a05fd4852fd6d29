import { describe, expect, it } from "vitest";
import { parseCodeList, parseDateParam, unknownParams } from "./params";

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
