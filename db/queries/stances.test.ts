import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../tests/db";
import { resolveAsOf } from "../../lib/asof";
import { DATASET } from "../seed/dataset";
import { seedDatabase } from "../seed/load";
import { getMatrix } from "./matrix";
import { stanceHistory, stancesAsOf } from "./stances";

let ctx: ReturnType<typeof createTestDb>;
beforeAll(() => {
  ctx = createTestDb();
});
afterAll(() => ctx.cleanup());

describe("stance queries against a real SQLite file", () => {
  it("loads every seeded stance with its evidence", () => {
    const all = stanceHistory();
    expect(all).toHaveLength(DATASET.stances.length);
    // Every evidence item arrives; rows without evidence are exactly the seed's deliberately unsourced ones.
    const items = (list: readonly { evidence: readonly unknown[] }[]) => list.reduce((n, s) => n + s.evidence.length, 0);
    expect(items(all)).toBe(items(DATASET.stances));
    expect(all.filter((s) => s.evidence.length === 0)).toHaveLength(DATASET.stances.filter((s) => s.evidence.length === 0).length);
  });

  it("the SQL as-of query agrees with the pure resolution on many dates", () => {
    const all = stanceHistory();
    for (const date of ["2017-06-01", "2018-01-01", "2018-06-11", "2018-06-12", "2019-03-01", "2019-12-28", "2021-01-21", "2022-05-09", "2024-10-20", "2026-11-27"]) {
      const sql = stancesAsOf(date).map((s) => s.id).sort((a, b) => a - b);
      const pure = resolveAsOf(all, date).map((s) => s.id).sort((a, b) => a - b);
      expect(sql, date).toEqual(pure);
    }
  });

  it("the US on joint exercises moves from resumption to suspension on 2018-06-12", () => {
    const before = stancesAsOf("2018-06-11", { actor: "USA", issue: "joint-exercises" });
    const after = stancesAsOf("2018-06-12", { actor: "USA", issue: "joint-exercises" });
    expect(before.map((s) => s.position)).toEqual([-1]);
    expect(after.map((s) => s.position)).toEqual([1]);
  });

  it("an explicit end leaves no stated position (the US on missile scope after 2021-01-20)", () => {
    expect(stancesAsOf("2020-01-01", { actor: "USA", issue: "missile-scope" })).toHaveLength(1);
    expect(stancesAsOf("2021-01-21", { actor: "USA", issue: "missile-scope" })).toHaveLength(0);
  });

  it("keeps the DPRK's summit stances apart by counterpart", () => {
    const cells = stancesAsOf("2019-06-01", { actor: "DPRK", issue: "summit-diplomacy" });
    expect(cells.map((c) => c.counterpart).sort()).toEqual(["JPN", "ROK", "USA"]);
  });

  it("builds the matrix with actors in display order and scale labels", () => {
    const m = getMatrix({ asOf: "2019-03-01" });
    expect(m.actors.map((a) => a.code).slice(0, 4)).toEqual(["ROK", "JPN", "USA", "DPRK"]);
    expect(m.issues).toHaveLength(13);
    expect(m.issues.every((i) => i.scale.length === 5)).toBe(true);
  });

  it("seeding twice adds nothing", () => {
    const again = seedDatabase(ctx.db, DATASET);
    expect(again).toEqual({ actors: 0, issues: 0, stances: 0, evidence: 0, events: 0, translated: 0 });
  });
});
