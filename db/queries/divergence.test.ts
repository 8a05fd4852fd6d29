import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../tests/db";
import { consultationAgenda } from "../../lib/divergence";
import { pairDivergence } from "../../lib/pairs";
import { changeDates, stancesOfPair } from "../../lib/timeline";
import { divergenceForApi, getActorProfile, getChanges, getCompare, getDivergenceTimelines, getIssueHistory, getNewestDataDate } from "./divergence";
import { listIssues } from "./reference";
import { stanceHistory, stancesAsOf } from "./stances";

let ctx: ReturnType<typeof createTestDb>;
beforeAll(() => {
  ctx = createTestDb();
});
afterAll(() => ctx.cleanup());

describe("divergence queries against the seeded database", () => {
  it("ROK and JPN as of 2019-03-01: sanctions relief and the end-of-war declaration are among the largest gaps", () => {
    const d = divergenceForApi({ a: "ROK", b: "JPN", asOf: "2019-03-01" });
    const max = Math.max(...d.issues.map((i) => i.distance ?? 0));
    const largest = d.issues.filter((i) => i.distance === max).map((i) => i.issue);
    expect(largest).toEqual(expect.arrayContaining(["sanctions-relief", "end-of-war-declaration"]));
    expect(d.agenda).toContain("sanctions-relief");
  });

  it("the timeline of a pair steps exactly at its change dates and matches the as-of query between them", () => {
    const [t] = getDivergenceTimelines({ pairs: [["USA", "JPN"]], from: "2018-01-01", to: "2021-12-31" });
    const expected = changeDates(stancesOfPair(stanceHistory(), "USA", "JPN")).filter((d) => d > "2018-01-01" && d <= "2021-12-31");
    expect(t.points.filter((p) => p.change).map((p) => p.date)).toEqual(expected);
    expect(expected).toContain("2018-06-12");
    const slugs = listIssues().map((i) => i.slug);
    for (const p of t.points) {
      const cells = stancesAsOf(p.date);
      expect(p.value, p.date).toBe(pairDivergence(cells, cells, "USA", "JPN", slugs).value);
    }
  });

  it("compares one actor at two dates", () => {
    const c = getCompare({ a: "JPN", b: "JPN", asOf: "2018-05-01", asOfB: "2019-06-01" })!;
    expect(c.cellsA.every((s) => s.actor === "JPN" && s.validFrom <= "2018-05-01")).toBe(true);
    expect(c.cellsB.length).toBeGreaterThan(0);
    const d = pairDivergence(c.cellsA, c.cellsB, "JPN", "JPN", c.issues.map((i) => i.slug));
    expect(consultationAgenda(d.gaps).length).toBeGreaterThan(0);
  });

  it("the US on joint exercises steps on 2018-06-12 in the issue history", () => {
    const h = getIssueHistory("joint-exercises", { from: "2018-01-01", to: "2023-01-01" });
    const usa = h.series.find((s) => s.actor === "USA")!;
    expect(usa.steps.map((s) => [s.date, s.position])).toEqual(
      expect.arrayContaining([["2018-03-20", -1], ["2018-06-12", 1]]),
    );
    expect(h.markers.map((m) => m.key)).toContain("E06");
  });

  it("lists changes and events of a window, and the newest data date", () => {
    const c = getChanges({ from: "2018-06-01", to: "2019-06-30" });
    expect(c.changes.some((x) => x.actor === "USA" && x.issue === "joint-exercises" && x.direction === "toward-engagement")).toBe(true);
    expect(c.events.every((e) => e.date > "2018-06-01" && e.date <= "2019-06-30")).toBe(true);
    expect(getNewestDataDate()).toBe("2026-05-06"); // the seed's coding horizon (event E75)
  });

  it("builds an actor profile with its five neighbours and every change", () => {
    const p = getActorProfile("JPN", { asOf: "2019-03-01" })!;
    expect(p.neighbours).toHaveLength(5);
    expect(p.changes.length).toBeGreaterThan(0);
    expect(getActorProfile("XYZ", { asOf: "2019-03-01" })).toBeNull();
  });
});
