import { describe, expect, it } from "vitest";
import { parseDivergenceQuery } from "./divergence-query";

const CODES = ["ROK", "JPN", "USA", "DPRK"];
const SLUGS = ["sanctions-relief", "sequencing"];
const TODAY = "2026-11-30";

describe("parseDivergenceQuery", () => {
  it("defaults: today, South Korea and Japan, the three allied pairs", () => {
    const q = parseDivergenceQuery({}, CODES, SLUGS, TODAY);
    expect(q.asOf).toEqual({ ok: true, value: TODAY });
    expect(q.a).toEqual({ ok: true, value: "ROK" });
    expect(q.b).toEqual({ ok: true, value: "JPN" });
    expect(q.pairs.ok && q.pairs.value).toEqual([["ROK", "JPN"], ["USA", "JPN"], ["ROK", "USA"]]);
    expect(q.scenario).toEqual({ ok: true, value: [] });
  });

  it("joins the pair checkboxes' repeated values and takes an issue or a cluster to align on", () => {
    const q = parseDivergenceQuery({ pairs: ["ROK-DPRK", "USA-DPRK"], align: "sequencing" }, CODES, SLUGS, TODAY);
    expect(q.pairs.ok && q.pairs.value).toEqual([["ROK", "DPRK"], ["USA", "DPRK"]]);
    expect(q.align).toEqual({ ok: true, value: "sequencing" });
    expect(parseDivergenceQuery({ align: "denuclearization" }, CODES, SLUGS, TODAY).align.ok).toBe(true);
  });

  it("refuses what it does not know, prototype names included, each with its own message", () => {
    const q = parseDivergenceQuery({ a: "__proto__", align: "constructor", asOf: "2019-13-45", pairs: "ROK-XXX" }, CODES, SLUGS, TODAY);
    for (const p of [q.a, q.align, q.asOf, q.pairs]) expect(p.ok).toBe(false);
  });
});
