import { describe, expect, it } from "vitest";
import { toStanceTuple, toStanceView, type StanceDto } from "./dto";

const stance: StanceDto = {
  id: 7,
  actor: "ROK",
  issue: "sanctions-relief",
  counterpart: "DPRK",
  position: -1,
  salience: 4,
  confidence: "low",
  summary: "Relief in step with verified steps.",
  note: "Inferred from a joint statement.",
  validFrom: "2018-09-19",
  validUntil: null,
  version: 3,
  evidenceCount: 1,
  codedBy: "editor",
  reviewedAt: null,
  reviewedBy: null,
  evidence: [{ title: "Pyongyang Declaration", publisher: "MOFA", date: "2018-09-19", url: "https://example.org/x", paraphrase: "p", quote: "q", note: null }],
};

describe("stance projections", () => {
  it("a matrix tuple keeps the figures in order and marks a coded position without evidence unsourced", () => {
    expect(toStanceTuple(stance)).toEqual([7, "ROK", "sanctions-relief", "DPRK", -1, 4, "low", 0]);
    expect(toStanceTuple({ ...stance, evidenceCount: 0 })[7]).toBe(1);
    expect(toStanceTuple({ ...stance, position: null, evidenceCount: 0 })[7]).toBe(0);
  });

  it("a reader's view drops the editorial fields and the evidence text", () => {
    const view = toStanceView(stance);
    expect(Object.keys(view).sort()).toEqual(["actor", "confidence", "counterpart", "evidence", "id", "issue", "note", "position", "salience", "summary", "validFrom"]);
    expect(view.evidence).toEqual([{ title: "Pyongyang Declaration", publisher: "MOFA", date: "2018-09-19", url: "https://example.org/x" }]);
  });
});
