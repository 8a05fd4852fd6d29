import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../tests/db";
import { resolveAsOf } from "../../lib/asof";
import { generateSynthetic } from "../seed/synthetic";
import { stanceHistory, stancesAsOf } from "./stances";

let ctx: ReturnType<typeof createTestDb>;
beforeAll(() => {
  ctx = createTestDb({ seed: false });
  generateSynthetic(ctx.db, { actors: 8, issues: 30, snapshots: 10, seed: 42 });
});
afterAll(() => ctx.cleanup());

const ids = (xs: readonly { id: number }[]) => xs.map((s) => s.id).sort((a, b) => a - b);
const day = fc.date({ min: new Date("2016-06-01T00:00:00Z"), max: new Date("2027-06-30T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe("[bench] the as-of query on a synthetic medium dataset (8 actors x 30 issues x 10 snapshots)", () => {
  it("agrees with the pure resolution on random dates", () => {
    const all = stanceHistory();
    expect(all.length).toBe((8 * 30 + 2) * 10);
    fc.assert(
      fc.property(day, (date) => {
        expect(ids(stancesAsOf(date))).toEqual(ids(resolveAsOf(all, date)));
      }),
      { numRuns: 60, seed: 42 },
    );
  });

  it("agrees on every stance boundary of one series (the day before, on, and after each start and end)", () => {
    const all = stanceHistory();
    const series = all.filter((s) => s.actor === "DPRK" && s.issue === "summit-diplomacy");
    expect(new Set(series.map((s) => s.counterpart))).toEqual(new Set(["USA", "ROK", "JPN"]));
    const dates = new Set<string>();
    for (const s of series)
      for (const d of [s.validFrom, s.validUntil].filter((x): x is string => x !== null))
        for (const delta of [-1, 0, 1]) dates.add(new Date(Date.parse(`${d}T00:00:00Z`) + delta * 86_400_000).toISOString().slice(0, 10));
    for (const date of dates) expect(ids(stancesAsOf(date)), date).toEqual(ids(resolveAsOf(all, date)));
  });

  it("filters by actor and by issue exactly like the pure resolution restricted to them", () => {
    const all = stanceHistory();
    for (const date of ["2018-03-01", "2021-07-15", "2026-11-27"]) {
      const dprk = all.filter((s) => s.actor === "DPRK");
      expect(ids(stancesAsOf(date, { actor: "DPRK" }))).toEqual(ids(resolveAsOf(dprk, date)));
      const seq = all.filter((s) => s.issue === "sequencing");
      expect(ids(stancesAsOf(date, { issue: "sequencing" }))).toEqual(ids(resolveAsOf(seq, date)));
    }
  });

  it("returns cells in display order with their evidence, and history per actor oldest first", () => {
    const cells = stancesAsOf("2022-01-01");
    const actorOrder = ["ROK", "JPN", "USA", "DPRK", "CHN", "RUS"];
    const firstIndex = cells.slice(0, 5).map((c) => actorOrder.indexOf(c.actor));
    expect(firstIndex.every((i) => i === 0)).toBe(true);
    expect(cells.every((c) => c.evidence.length >= 1 && c.evidence.length <= 3)).toBe(true);
    const rok = stanceHistory({ actor: "ROK" });
    expect(rok.every((s) => s.actor === "ROK")).toBe(true);
    const firstSeries = rok.filter((s) => s.issue === rok[0].issue).map((s) => s.validFrom);
    expect(firstSeries).toEqual([...firstSeries].sort());
    expect(stanceHistory({ actor: "ROK", evidence: false }).every((s) => s.evidence.length === 0)).toBe(true);
  });
});
