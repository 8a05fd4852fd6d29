import { describe, expect, it } from "vitest";
import { EVENTS } from "../db/seed/data";
import { chartMarkers, MARKER_EVENT_KEYS, matchingPeriod, parseEventKeys, parseRange, PERIODS, periodRange } from "./periods";
import { isLowCoverage } from "./timeline";

const D = { from: "2018-01-01", today: "2026-11-30" };

describe("parseRange", () => {
  it("defaults to the whole history up to today", () => {
    expect(parseRange(undefined, undefined, D)).toEqual({ ok: true, value: { from: "2018-01-01", to: "2026-11-30" } });
    expect(parseRange("", "", D)).toEqual({ ok: true, value: { from: "2018-01-01", to: "2026-11-30" } });
  });
  it("takes a valid range and cuts a future end at today", () => {
    expect(parseRange("2019-02-28", "2021-12-31", D)).toEqual({ ok: true, value: { from: "2019-02-28", to: "2021-12-31" } });
    expect(parseRange("2025-01-01", "2030-01-01", D)).toEqual({ ok: true, value: { from: "2025-01-01", to: "2026-11-30" } });
  });
  it("rejects bad dates, repeated values, dates outside the query span and reversed ranges", () => {
    expect(parseRange("2019-02-30", undefined, D)).toMatchObject({ ok: false, error: expect.stringContaining("from must be a real date") });
    expect(parseRange(undefined, "soon", D)).toMatchObject({ ok: false, error: expect.stringContaining("to must be a real date") });
    expect(parseRange(["2019-01-01", "2020-01-01"], undefined, D)).toMatchObject({ ok: false, error: "Give from once, not 2 times." });
    expect(parseRange("1900-01-01", undefined, D)).toMatchObject({ ok: false, error: expect.stringContaining("on or after 1990-01-01") });
    expect(parseRange("2020-01-01", "2019-01-01", D)).toMatchObject({ ok: false, error: "from (1 Jan 2020) must be before to (1 Jan 2019)." });
    expect(parseRange("2020-01-01", "2020-01-01", D).ok).toBe(false);
    expect(parseRange("x".repeat(5000), undefined, D)).toMatchObject({ ok: false, error: expect.stringMatching(/"x{40}…"/) });
  });
});

describe("periods", () => {
  it("open periods run to today and are recognised from their range", () => {
    const p2022 = PERIODS.find((p) => p.id === "2022")!;
    expect(periodRange(p2022, "2026-11-30")).toEqual({ from: "2022-01-01", to: "2026-11-30" });
    expect(matchingPeriod({ from: "2022-01-01", to: "2026-11-30" }, "2026-11-30")?.id).toBe("2022");
    expect(matchingPeriod({ from: "2018-01-01", to: "2019-12-31" }, "2026-11-30")?.label).toBe("2018–2019 summitry");
    expect(matchingPeriod({ from: "2018-01-01", to: "2019-12-30" }, "2026-11-30")).toBeUndefined();
  });
  it("every preset is a valid range for parseRange", () => {
    for (const p of PERIODS) {
      const r = periodRange(p, D.today);
      expect(parseRange(r.from, r.to, D)).toEqual({ ok: true, value: r });
    }
  });
});

describe("parseEventKeys", () => {
  const known = ["E04", "E06", "E09"];
  it("missing means the default markers; none means no markers", () => {
    expect(parseEventKeys(undefined, known, ["E04"])).toEqual({ ok: true, value: ["E04"] });
    expect(parseEventKeys("none", known, ["E04"])).toEqual({ ok: true, value: [] });
  });
  it("takes known keys from a list or repeated values, ignoring the form's none and duplicates", () => {
    expect(parseEventKeys("E06,E04,E06", known, [])).toEqual({ ok: true, value: ["E06", "E04"] });
    expect(parseEventKeys(["none", "E09"], known, [])).toEqual({ ok: true, value: ["E09"] });
  });
  it("rejects unknown keys and too many", () => {
    expect(parseEventKeys("E04,<b>", known, [])).toMatchObject({ ok: false, error: expect.stringContaining('"<b>"') });
    expect(parseEventKeys("E04,E06,E09", known, [], 2)).toMatchObject({ ok: false, error: expect.stringContaining("at most 2") });
  });
});

describe("isLowCoverage", () => {
  it("flags fewer than 4 comparable issues", () => {
    expect(isLowCoverage(2, 6)).toBe(true);
    expect(isLowCoverage(3, 3)).toBe(true);
    expect(isLowCoverage(4, 6)).toBe(false);
  });
  it("flags under a third of the issues", () => {
    expect(isLowCoverage(4, 13)).toBe(true);
    expect(isLowCoverage(5, 13)).toBe(false);
    expect(isLowCoverage(9, 30)).toBe(true);
    expect(isLowCoverage(10, 30)).toBe(false);
  });
  it("a point with nothing compared is a gap, not low coverage", () => {
    expect(isLowCoverage(0, 13)).toBe(false);
  });
});

describe("chartMarkers", () => {
  const events = [
    { key: "E19", date: "2019-02-27", title: "Hanoi summit ends with no deal" },
    { key: "E06", date: "2018-06-12", title: "Singapore summit joint statement" },
    { key: null, date: "2019-01-01", title: "No key" },
    { key: "E37", date: "2022-03-24", title: "First DPRK ICBM launch since 2017" },
  ];
  it("keeps the chosen events inside the range, by date", () => {
    expect(chartMarkers(events, ["E19", "E06", "E37"], { from: "2018-01-01", to: "2019-12-31" }).map((m) => m.key)).toEqual(["E06", "E19"]);
    expect(chartMarkers(events, ["E19"], { from: "2018-01-01", to: "2026-11-30" })).toEqual([{ key: "E19", date: "2019-02-27", title: "Hanoi summit ends with no deal" }]);
    expect(chartMarkers(events, [], { from: "2018-01-01", to: "2026-11-30" })).toEqual([]);
  });
  it("the After Hanoi preset marks the Hanoi summit itself", () => {
    const afterHanoi = periodRange(PERIODS.find((p) => p.id === "after-hanoi")!, D.today);
    expect(chartMarkers(events, ["E19"], afterHanoi).map((m) => m.key)).toEqual(["E19"]);
  });
  it("no default turning point straddles a preset's start, so the event a preset opens with is on its chart", () => {
    // Only the default markers: E57 (martial law to Yoon's removal, Dec 2024 to Apr 2025) runs across 1 Jan 2025
    // by nature; the 2025– preset is the calendar year, and E57 is marked only when chosen (at its first day).
    const markers = EVENTS.filter((e) => MARKER_EVENT_KEYS.includes(e.key));
    expect(markers).toHaveLength(MARKER_EVENT_KEYS.length);
    for (const p of PERIODS)
      for (const e of markers) {
        const end = e.endDate ?? e.date;
        expect(e.date < p.from && end >= p.from, `${p.id} starts inside ${e.key} (${e.date} to ${end})`).toBe(false);
      }
  });
});
