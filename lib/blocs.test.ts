import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupBlocs, meanPositions } from "./blocs";

describe("groupBlocs", () => {
  it("groups from the pressure pole, each bloc within one scale point", () => {
    const blocs = groupBlocs([
      { actor: "JPN", position: -2 },
      { actor: "ROK", position: 1 },
      { actor: "USA", position: -1 },
      { actor: "DPRK", position: 2 },
      { actor: "CHN", position: 2 },
      { actor: "RUS", position: 0 },
    ]);
    expect(blocs.map((b) => b.members.map((m) => m.actor))).toEqual([["JPN", "USA"], ["RUS", "ROK"], ["DPRK", "CHN"]]);
    expect(blocs.map((b) => [b.min, b.max])).toEqual([[-2, -1], [0, 1], [2, 2]]);
  });

  it("does not chain: -2, -1, 0 are two blocs, not one", () => {
    expect(groupBlocs([{ actor: "a", position: -2 }, { actor: "b", position: -1 }, { actor: "c", position: 0 }]).length).toBe(2);
  });

  it("is empty for no actors", () => {
    expect(groupBlocs([])).toEqual([]);
  });

  it("places every actor once, keeps members within the width and blocs apart (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -8, max: 8 }).map((n) => n / 4), { maxLength: 12 }), (positions) => {
        const entries = positions.map((position, i) => ({ actor: `A${i}`, position }));
        const blocs = groupBlocs(entries);
        expect(blocs.flatMap((b) => b.members).length).toBe(entries.length);
        for (const b of blocs) expect(b.max - b.min).toBeLessThanOrEqual(1);
        for (let i = 1; i < blocs.length; i++) expect(blocs[i].min - blocs[i - 1].min).toBeGreaterThan(1);
      }),
    );
  });
});

describe("meanPositions", () => {
  it("averages undirected stated positions over the issues, leaving out actors with none", () => {
    const cells = [
      { actor: "A", issue: "x", counterpart: null, position: -2 },
      { actor: "A", issue: "y", counterpart: null, position: 1 },
      { actor: "A", issue: "z", counterpart: null, position: 2 },
      { actor: "B", issue: "x", counterpart: null, position: null },
      { actor: "C", issue: "x", counterpart: "A", position: 2 },
    ];
    expect(meanPositions(cells, ["A", "B", "C"], ["x", "y"])).toEqual([{ actor: "A", position: -0.5 }]);
  });
});
