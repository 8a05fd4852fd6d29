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

describe("parseDivergenceQuery: the chart over time's range and events", () => {
  const KEYS = ["E04", "E19", "E37"];
  it("defaults to the whole history to today and the curated turning points", () => {
    const q = parseDivergenceQuery({}, CODES, SLUGS, TODAY, KEYS);
    expect(q.range).toEqual({ ok: true, value: { from: "2018-01-01", to: TODAY } });
    expect(q.events.ok && q.events.value).toContain("E19");
  });
  it("reads from, to and events as the page does, so the embed draws the page's chart", () => {
    const q = parseDivergenceQuery({ from: "2018-01-01", to: "2019-12-31", events: "E19,E04" }, CODES, SLUGS, TODAY, KEYS);
    expect(q.range).toEqual({ ok: true, value: { from: "2018-01-01", to: "2019-12-31" } });
    expect(q.events).toEqual({ ok: true, value: ["E19", "E04"] });
    expect(parseDivergenceQuery({ events: "none" }, CODES, SLUGS, TODAY, KEYS).events).toEqual({ ok: true, value: [] });
  });
  it("explains a bad range or an unknown event", () => {
    expect(parseDivergenceQuery({ from: "2021-01-01", to: "2020-01-01" }, CODES, SLUGS, TODAY, KEYS).range).toMatchObject({ ok: false, error: "from (1 Jan 2021) must be before to (1 Jan 2020)." });
    expect(parseDivergenceQuery({ events: "E99" }, CODES, SLUGS, TODAY, KEYS).events).toMatchObject({ ok: false, error: expect.stringContaining('"E99"') });
  });
});
