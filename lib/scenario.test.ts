import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pairDivergence } from "./pairs";
import { applyScenario, parseScenario, serializeScenario, setScenarioEntry } from "./scenario";

const known = { actors: ["ROK", "JPN", "USA", "DPRK"], issues: ["sequencing", "sanctions-relief", "summit-diplomacy"] };

describe("scenario parameter", () => {
  it("parses and serializes round trip", () => {
    const raw = "JPN.sequencing:-1,ROK.sanctions-relief:0,USA.sequencing:2";
    const parsed = parseScenario(raw, known);
    expect(parsed).toEqual({
      ok: true,
      value: [
        { actor: "JPN", issue: "sequencing", position: -1 },
        { actor: "ROK", issue: "sanctions-relief", position: 0 },
        { actor: "USA", issue: "sequencing", position: 2 },
      ],
    });
    expect(serializeScenario(parsed.ok ? parsed.value : [])).toBe(raw);
  });

  it("accepts +1 and treats empty as no scenario", () => {
    expect(parseScenario("JPN.sequencing:+1", known)).toMatchObject({ ok: true, value: [{ position: 1 }] });
    expect(parseScenario(undefined, known)).toEqual({ ok: true, value: [] });
    expect(parseScenario("", known)).toEqual({ ok: true, value: [] });
  });

  it.each([
    ["JPN.sequencing", /form ACTOR\.issue:position/],
    ["XYZ.sequencing:1", /unknown actor "XYZ"/],
    ["JPN.nope:1", /unknown issue "nope"/],
    ["JPN.sequencing:3", /from -2 to \+2/],
    ["JPN.sequencing:1,JPN.sequencing:2", /twice/],
    ["<script>.x:1", /form/],
  ])("rejects %s with a clear message", (raw, message) => {
    const r = parseScenario(raw, known);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it("rejects a repeated parameter", () => {
    expect(parseScenario(["a", "b"], known).ok).toBe(false);
  });

  it("serialize then parse is the identity for valid scenarios (property)", () => {
    const entry = fc.record({
      actor: fc.constantFrom(...known.actors),
      issue: fc.constantFrom(...known.issues),
      position: fc.integer({ min: -2, max: 2 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => `${e.actor}.${e.issue}`, maxLength: 10 }), (entries) => {
        const r = parseScenario(serializeScenario(entries), known);
        expect(r).toEqual({ ok: true, value: entries });
      }),
    );
  });
});

describe("applyScenario", () => {
  const cells = [
    { actor: "ROK", issue: "sequencing", counterpart: null, position: 1, salience: 5 },
    { actor: "JPN", issue: "sequencing", counterpart: null, position: -2, salience: 5 },
    { actor: "DPRK", issue: "summit-diplomacy", counterpart: "ROK", position: 2, salience: 4 },
    { actor: "DPRK", issue: "summit-diplomacy", counterpart: "JPN", position: -2, salience: 4 },
  ];

  it("moves a position and changes the divergence computed by the same function", () => {
    const before = pairDivergence(cells, cells, "ROK", "JPN", ["sequencing"]).value;
    const moved = applyScenario(cells, [{ actor: "JPN", issue: "sequencing", position: 0 }]);
    expect(moved.find((c) => c.actor === "JPN")).toMatchObject({ position: 0, scenario: { from: -2, assumedSalience: false } });
    expect(before).toBe(0.75);
    expect(pairDivergence(moved, moved, "ROK", "JPN", ["sequencing"]).value).toBe(0.25);
    expect(cells[1].position).toBe(-2); // input untouched
  });

  it("moves every directed stance of the actor on the issue", () => {
    const moved = applyScenario(cells, [{ actor: "DPRK", issue: "summit-diplomacy", position: 0 }]);
    expect(moved.filter((c) => c.actor === "DPRK").map((c) => c.position)).toEqual([0, 0]);
  });

  it("adds a stance with assumed salience 3 where there was none", () => {
    const moved = applyScenario(cells, [{ actor: "USA", issue: "sequencing", position: -1 }]);
    expect(moved.at(-1)).toMatchObject({ actor: "USA", position: -1, salience: 3, scenario: { from: null, assumedSalience: true } });
  });

  it("setScenarioEntry replaces, and drops an entry moved back to the real position", () => {
    const one = setScenarioEntry([], { actor: "JPN", issue: "sequencing", position: -1 }, -2);
    expect(one).toHaveLength(1);
    expect(setScenarioEntry(one, { actor: "JPN", issue: "sequencing", position: 0 }, -2)).toEqual([{ actor: "JPN", issue: "sequencing", position: 0 }]);
    expect(setScenarioEntry(one, { actor: "JPN", issue: "sequencing", position: -2 }, -2)).toEqual([]);
  });
});
