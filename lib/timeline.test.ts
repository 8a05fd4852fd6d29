import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveAsOf } from "./asof";
import { addDays } from "./dates";
import { pairDivergence } from "./pairs";
import { changeDates, divergenceTimeline, divergenceTimelineNaive, positionSteps, stancesOfPair, thinTimeline, type HistoryStance } from "./timeline";

const st = (actor: string, issue: string, validFrom: string, position: number | null, extra: Partial<HistoryStance> = {}): HistoryStance => ({
  actor,
  issue,
  counterpart: null,
  validFrom,
  validUntil: null,
  position,
  salience: 3,
  ...extra,
});

const history: HistoryStance[] = [
  st("A", "x", "2018-01-01", -2),
  st("A", "x", "2018-06-12", 0),
  st("B", "x", "2018-01-01", 2),
  st("B", "y", "2018-03-01", 1, { validUntil: "2018-09-30" }),
  st("A", "y", "2018-01-01", 1),
  // A third actor and a directed stance toward a third party must not add steps.
  st("C", "x", "2018-02-01", 1),
  st("A", "x", "2018-04-01", 2, { counterpart: "C" }),
];

describe("divergenceTimeline", () => {
  const points = divergenceTimeline(history, "A", "B", ["x", "y"], { from: "2017-06-01", to: "2019-01-01" });

  it("steps exactly at the change dates of either actor, incl. the day after an explicit end", () => {
    expect(points.filter((p) => p.change).map((p) => p.date)).toEqual(["2018-01-01", "2018-03-01", "2018-06-12", "2018-10-01"]);
    expect(points[0]).toMatchObject({ date: "2017-06-01", value: null, compared: 0, change: false });
    expect(points.at(-1)).toMatchObject({ date: "2019-01-01", change: false });
  });

  it("has the divergence in force on each date", () => {
    const byDate = Object.fromEntries(points.map((p) => [p.date, p.value]));
    expect(byDate["2018-01-01"]).toBe(1); // x: -2 vs 2
    expect(byDate["2018-03-01"]).toBe(0.5); // x: 1, y: 0 with equal weights
    expect(byDate["2018-06-12"]).toBe(0.25); // x: 0 vs 2 -> 0.5, y: 0
    expect(byDate["2018-10-01"]).toBe(0.5); // y ended: only x counts
  });

  it("ignores directed stances toward third parties and other actors' changes", () => {
    expect(stancesOfPair(history, "A", "B").some((s) => s.counterpart === "C" || s.actor === "C")).toBe(false);
  });

  it("uses a directed stance toward the other actor", () => {
    const h = [...history, st("A", "x", "2018-08-01", 2, { counterpart: "B" })];
    const p = divergenceTimeline(h, "A", "B", ["x"], { from: "2018-07-01", to: "2018-09-01" });
    expect(p.map((q) => [q.date, q.value])).toEqual([["2018-07-01", 0.5], ["2018-08-01", 0], ["2018-09-01", 0]]);
  });

  it("between two change dates the value equals the as-of divergence (property)", () => {
    const dates = fc.integer({ min: 0, max: 900 }).map((n) => addDays("2017-06-01", n));
    fc.assert(
      fc.property(dates, (date) => {
        const step = [...points].reverse().find((p) => p.date <= date)!;
        const cells = resolveAsOf(stancesOfPair(history, "A", "B"), date);
        if (date > "2019-01-01") return true;
        expect(step.value).toBe(pairDivergence(cells, cells, "A", "B", ["x", "y"]).value);
        return true;
      }),
    );
  });
});

describe("divergenceTimeline against the reference (property)", () => {
  const ACTORS = ["A", "B", "C"];
  const ISSUES = ["x", "y", "z"];
  const day = (n: number) => addDays("2018-01-01", n);
  // Random series: per actor, issue and counterpart (none, or another actor), a few stances with start dates in
  // order, some with an explicit end (possibly before the next start), positions -2..2 or none, salience 1..5.
  const series = fc.record({
    actor: fc.constantFrom(...ACTORS),
    issue: fc.constantFrom(...ISSUES),
    counterpart: fc.option(fc.constantFrom(...ACTORS), { nil: null }),
    stances: fc.array(
      fc.record({
        gap: fc.integer({ min: 1, max: 60 }),
        position: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null, freq: 6 }),
        salience: fc.integer({ min: 1, max: 5 }),
        end: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
  });
  const histories = fc.array(series, { maxLength: 12 }).map((list) => {
    const seen = new Set<string>();
    const out: HistoryStance[] = [];
    for (const s of list) {
      if (s.counterpart === s.actor) continue;
      const key = `${s.actor}|${s.issue}|${s.counterpart ?? ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let at = 0;
      for (const x of s.stances) {
        at += x.gap;
        out.push(st(s.actor, s.issue, day(at), x.position, { counterpart: s.counterpart, salience: x.salience, validUntil: x.end === null ? null : day(at + x.end) }));
      }
    }
    return out;
  });

  it("gives the same points as resolving and comparing at every date", () => {
    fc.assert(
      fc.property(histories, fc.constantFrom(["A", "B"], ["B", "C"], ["A", "C"]), fc.integer({ min: -30, max: 200 }), (h, [a, b], start) => {
        const window = { from: day(start), to: day(start + 400) };
        const fast = divergenceTimeline(h, a, b, ISSUES, window);
        const naive = divergenceTimelineNaive(h, a, b, ISSUES, window);
        expect(fast.map((p) => [p.date, p.compared, p.change])).toEqual(naive.map((p) => [p.date, p.compared, p.change]));
        fast.forEach((p, i) => (p.value === null ? expect(naive[i].value).toBeNull() : expect(p.value).toBeCloseTo(naive[i].value!, 12)));
      }),
      { numRuns: 500 },
    );
  });
});

describe("changeDates and positionSteps", () => {
  it("lists starts and the day after explicit ends, sorted and distinct", () => {
    expect(changeDates(history.filter((s) => s.actor === "B"))).toEqual(["2018-01-01", "2018-03-01", "2018-10-01"]);
  });

  it("steps a single series, with null after an explicit end", () => {
    const series = [
      { ...st("USA", "joint-exercises", "2018-03-20", -1, { validUntil: "2018-06-11" }), id: 1 },
      { ...st("USA", "joint-exercises", "2018-06-12", 1, { validUntil: "2022-08-21" }), id: 2 },
    ];
    expect(positionSteps(series, { from: "2018-01-01", to: "2023-01-01" }).map((p) => [p.date, p.position])).toEqual([
      ["2018-01-01", null],
      ["2018-03-20", -1],
      ["2018-06-12", 1],
      ["2022-08-22", null],
      ["2023-01-01", null],
    ]);
  });
});

describe("thinTimeline", () => {
  const day = (i: number) => new Date(Date.UTC(2018, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const points = Array.from({ length: 1000 }, (_, i) => ({ date: day(i * 3), value: i }));

  it("leaves short series alone", () => {
    expect(thinTimeline(points.slice(0, 50))).toHaveLength(50);
  });

  it("keeps the first point and each month's last point, so the state at every month end is unchanged", () => {
    const thin = thinTimeline(points);
    expect(thin[0]).toBe(points[0]);
    expect(thin.at(-1)).toBe(points.at(-1));
    const months = new Set(points.map((p) => p.date.slice(0, 7)));
    expect(thin.length).toBe(months.size + 1);
    for (const month of months) {
      const last = points.filter((p) => p.date.startsWith(month)).at(-1);
      expect(thin).toContain(last);
    }
  });
});
