import { describe, expect, it } from "vitest";
import { consultationAgenda } from "./divergence";
import { issueSpread, pairDivergence, pairwiseDivergence } from "./pairs";

const c = (actor: string, issue: string, position: number | null, salience = 3, counterpart: string | null = null) => ({ actor, issue, counterpart, position, salience });

describe("pairs", () => {
  const cells = [
    c("ROK", "sanctions", 1, 5),
    c("JPN", "sanctions", -2, 5),
    c("ROK", "abductions", -1, 2),
    c("JPN", "abductions", -2, 5),
    c("ROK", "exercises", 1, 4),
    c("JPN", "exercises", -1, 1),
    c("DPRK", "summit", 2, 4, "ROK"),
    c("DPRK", "summit", -2, 4, "JPN"),
    c("ROK", "summit", 2, 4),
    c("JPN", "summit", 1, 3),
  ];
  const issues = ["sanctions", "abductions", "exercises", "summit"];

  it("ranks the consultation agenda by salience-weighted gap, then raw gap", () => {
    const d = pairDivergence(cells, cells, "ROK", "JPN", issues);
    // sanctions 0.75 x 5/5; exercises 0.5 x 2.5/5; abductions and summit tie at 0.25 x 3.5/5 -> issue order.
    expect(consultationAgenda(d.gaps).map((g) => g.issue)).toEqual(["sanctions", "exercises", "abductions", "summit"]);
    expect(consultationAgenda(d.gaps, 2).map((g) => g.issue)).toEqual(["sanctions", "exercises"]);
  });

  it("uses the directed stance toward the other actor", () => {
    expect(pairDivergence(cells, cells, "DPRK", "ROK", ["summit"]).value).toBe(0);
    expect(pairDivergence(cells, cells, "DPRK", "JPN", ["summit"]).value).toBe(0.75);
    expect(pairDivergence(cells, cells, "DPRK", "USA", ["summit"]).value).toBeNull();
  });

  it("the pairwise matrix is symmetric", () => {
    const m = pairwiseDivergence(cells, ["ROK", "JPN", "DPRK"], issues);
    for (const p of m) expect(m.find((q) => q.a === p.b && q.b === p.a)!.value).toBe(p.value);
    expect(m).toHaveLength(6);
  });

  it("an issue's spread is its largest gap in scale points", () => {
    expect(issueSpread(cells, ["ROK", "JPN", "DPRK"], "sanctions")).toEqual({ issue: "sanctions", maxGap: 3, pair: ["ROK", "JPN"], positioned: 2 });
    expect(issueSpread(cells, ["ROK", "JPN", "DPRK"], "summit")).toMatchObject({ maxGap: 3, pair: ["JPN", "DPRK"] });
    expect(issueSpread(cells, ["ROK"], "sanctions").maxGap).toBeNull();
  });
});
