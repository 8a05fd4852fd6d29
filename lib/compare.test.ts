import { describe, expect, it } from "vitest";
import { COMPARE_SOURCES, packStance, unpackStance } from "./compare";

describe("packStance / unpackStance", () => {
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
    const back = unpackStance(packStance(stance));
    const { evidence, ...rest } = stance;
    expect(back).toEqual({
      ...rest,
      evidenceCount: 4,
      evidence: evidence.slice(0, COMPARE_SOURCES).map(({ publisher, date, url }) => ({ publisher, date, url })),
    });
  });

  it("keeps an unsourced stance unsourced and a stance without position without one", () => {
    const back = unpackStance(packStance({ ...stance, position: null, evidence: [] }));
    expect(back.evidenceCount).toBe(0);
    expect(back.evidence).toEqual([]);
    expect(back.position).toBeNull();
  });
});
