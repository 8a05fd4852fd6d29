import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { consultationAgenda, divergence, issueDistance, normalisePosition, pickStance, type Coded } from "./divergence";

const position = fc.option(fc.integer({ min: -2, max: 2 }), { nil: null });
const coded = fc.record({ position, salience: fc.integer({ min: 1, max: 5 }) });

describe("positions and distances", () => {
  it("normalises -2..+2 into -1..1", () => {
    expect([-2, -1, 0, 1, 2].map(normalisePosition)).toEqual([-1, -0.5, 0, 0.5, 1]);
  });

  it("distance is symmetric, within [0, 1] and zero for identical stances (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -2, max: 2 }), fc.integer({ min: -2, max: 2 }), (a, b) => {
        const d = issueDistance(a, b)!;
        expect(d).toBe(issueDistance(b, a));
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(1);
        expect(issueDistance(a, a)).toBe(0);
      }),
    );
    expect(issueDistance(-2, 2)).toBe(1);
  });

  it("no stated position is not comparable", () => {
    expect(issueDistance(null, 1)).toBeNull();
    expect(issueDistance(1, null)).toBeNull();
  });
});

describe("salience-weighted divergence", () => {
  it("weights each issue by the pair's mean salience", () => {
    const a = new Map<string, Coded>([["x", { position: -2, salience: 5 }], ["y", { position: 0, salience: 1 }]]);
    const b = new Map<string, Coded>([["x", { position: 2, salience: 5 }], ["y", { position: 0, salience: 1 }]]);
    // x: distance 1, weight 5; y: distance 0, weight 1 -> 5/6
    expect(divergence(["x", "y"], a, b).value).toBeCloseTo(5 / 6);
  });

  it("excludes issues where either side has no stated position instead of counting agreement", () => {
    const a = new Map<string, Coded>([["x", { position: -2, salience: 3 }], ["y", { position: null, salience: 3 }]]);
    const b = new Map<string, Coded>([["x", { position: 2, salience: 3 }], ["y", { position: 1, salience: 3 }]]);
    const d = divergence(["x", "y", "z"], a, b);
    expect(d.value).toBe(1);
    expect(d.compared).toBe(1);
    expect(d.gaps.find((g) => g.issue === "y")!.distance).toBeNull();
  });

  it("is null when nothing is comparable", () => {
    expect(divergence(["x"], new Map(), new Map()).value).toBeNull();
  });

  it("is symmetric, within [0, 1], and zero against itself (property)", () => {
    const issues = ["a", "b", "c", "d", "e"];
    const side = fc.array(coded, { minLength: 5, maxLength: 5 }).map((list) => new Map(list.map((c, i) => [issues[i], c])));
    fc.assert(
      fc.property(side, side, (a, b) => {
        const ab = divergence(issues, a, b).value;
        const ba = divergence(issues, b, a).value;
        expect(ab).toBe(ba);
        if (ab !== null) {
          expect(ab).toBeGreaterThanOrEqual(0);
          expect(ab).toBeLessThanOrEqual(1);
        }
        const self = divergence(issues, a, a).value;
        expect(self === null || self === 0).toBe(true);
      }),
    );
  });
});

describe("consultation agenda", () => {
  it("ranks by salience-weighted gap and leaves out agreement", () => {
    const a = new Map<string, Coded>([
      ["small-but-salient", { position: 0, salience: 5 }],
      ["big-but-minor", { position: -2, salience: 1 }],
      ["agreed", { position: 1, salience: 5 }],
    ]);
    const b = new Map<string, Coded>([
      ["small-but-salient", { position: 1, salience: 5 }],
      ["big-but-minor", { position: 2, salience: 1 }],
      ["agreed", { position: 1, salience: 5 }],
    ]);
    const agenda = consultationAgenda(divergence(["big-but-minor", "small-but-salient", "agreed"], a, b).gaps);
    expect(agenda.map((g) => g.issue)).toEqual(["small-but-salient", "big-but-minor"]);
  });
});

describe("directed stances", () => {
  it("uses the stance toward the other actor, else the undirected one", () => {
    const list = [
      { counterpart: "USA", position: 2 },
      { counterpart: "JPN", position: -2 },
    ];
    expect(pickStance(list, "JPN")!.position).toBe(-2);
    expect(pickStance(list, "CHN")).toBeNull();
    expect(pickStance([{ counterpart: null, position: 1 }], "CHN")!.position).toBe(1);
  });
});
