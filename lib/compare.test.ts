import { describe, expect, it } from "vitest";
import { COMPARE_SOURCES, packStances, unpackStance } from "./compare";

describe("packStances / unpackStance", () => {
  const stance = {
    id: 7,
    actor: "JPN",
    issue: "sequencing",
    counterpart: null,
    position: -1,
    salience: 4,
    confidence: "low" as const,
    summary: "Tokyo: steps only after verification.",
    note: "Carried forward.",
    validFrom: "2019-03-01",
    evidence: [1, 2, 3, 4].map((n) => ({ title: `Title ${n}`, publisher: `P${n}`, date: `2019-0${n}-01`, url: n === 2 ? null : `https://example.org/${n}` })),
  };

  it("round-trips what the comparison shows: the figures, texts, the first sources and how many there are", () => {
    const packed = packStances([stance], []);
    const back = unpackStance(packed.a[0], packed.notes);
    const { evidence, ...rest } = stance;
    expect(back).toEqual({
      ...rest,
      evidenceCount: 4,
      evidence: evidence.slice(0, COMPARE_SOURCES).map(({ publisher, date, url }) => ({ publisher, date, url })),
    });
  });

  it("keeps an unsourced stance unsourced and a stance without position without one", () => {
    const packed = packStances([], [{ ...stance, position: null, note: null, evidence: [] }]);
    const back = unpackStance(packed.b[0], packed.notes);
    expect(back.note).toBeNull();
    expect(back.evidenceCount).toBe(0);
    expect(back.evidence).toEqual([]);
    expect(back.position).toBeNull();
  });

  it("sends a note shared by several stances once", () => {
    const other = { ...stance, id: 8, issue: "sanctions-relief", note: "Carried forward." };
    const third = { ...stance, id: 9, issue: "yongbyon", note: "Another note." };
    const packed = packStances([stance, other], [third, { ...stance, id: 10, note: null }]);
    expect(packed.notes).toEqual(["Carried forward.", "Another note."]);
    expect([...packed.a, ...packed.b].map((p) => unpackStance(p, packed.notes).note)).toEqual(["Carried forward.", "Carried forward.", "Another note.", null]);
  });
});
