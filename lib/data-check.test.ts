import { describe, expect, it } from "vitest";
import {
  checkDataset,
  dataCheckPasses,
  formatDataCheck,
  stanceKey,
  type CheckInput,
  type CheckSource,
  type CheckStance,
  type DataCheckRule,
} from "./data-check";

const SOURCES: Record<string, CheckSource> = {
  A: { title: "Summit statement", publisher: "Yonhap", date: "2019-03-01" },
  B: { title: "Second report", publisher: "Korea Herald", date: "2019-03-02" },
  W: { title: "Radar lock-on dispute", publisher: "Wikipedia", date: "2019-01-01" },
  M: { title: "Weekly FX outlook", publisher: "ActionForex", date: "2019-03-01" },
  L: { title: "Late report", publisher: "Yonhap", date: "2021-06-01" },
};

function row(over: Partial<CheckStance> = {}): CheckStance {
  return {
    actor: "ROK",
    issue: "sequencing",
    validFrom: "2019-03-01",
    position: 1,
    confidence: "medium",
    evidence: [{ source: "A", paraphrase: "A sound paraphrase of what the source says." }],
    ...over,
  };
}

const data = (...stances: CheckStance[]): CheckInput => ({ stances, sources: SOURCES });
const rules = (input: CheckInput) => checkDataset(input).findings.map((f) => f.rule);
const only = (input: CheckInput, rule: DataCheckRule) => checkDataset(input).findings.filter((f) => f.rule === rule);

describe("data check: a clean dataset", () => {
  it("reports nothing for a well-formed series", () => {
    const input = data(
      row({ validFrom: "2018-01-01", validUntil: "2019-02-28", evidence: [{ source: "A", paraphrase: "Held until the summit.", date: "2018-06-01" }] }),
      row({ validFrom: "2019-03-01" }),
    );
    const result = checkDataset(input);
    expect(result.findings).toEqual([]);
    expect(dataCheckPasses(result)).toBe(true);
  });
});

describe("data check: series gaps and overlaps", () => {
  it("catches a gap of a few days at a change of government", () => {
    const input = data(
      row({ validFrom: "2018-01-01", validUntil: "2022-05-01", evidence: [{ source: "A", paraphrase: "Moon-era line." }] }),
      row({ validFrom: "2022-05-10", evidence: [{ source: "A", paraphrase: "Yoon-era line.", date: "2022-05-10" }] }),
    );
    const gaps = only(input, "short-gap");
    expect(gaps).toHaveLength(1);
    expect(gaps[0].key).toBe("ROK|sequencing||2022-05-10");
    expect(gaps[0].message).toContain("8 days");
    expect(gaps[0].message).toContain("2022-05-02 to 2022-05-09");
  });

  it("leaves a real gap of 60 days or more alone, and a row without an explicit end never leaves a gap", () => {
    const long = data(
      row({ validFrom: "2018-01-01", validUntil: "2019-01-01", evidence: [{ source: "A", paraphrase: "x", date: "2018-01-01" }] }),
      row({ validFrom: "2019-03-03" }), // blank 2019-01-02 .. 2019-03-02: 60 days
    );
    expect(only(long, "short-gap")).toEqual([]);
    const open = data(row({ validFrom: "2018-01-01", evidence: [{ source: "A", paraphrase: "x", date: "2018-01-01" }] }), row({ validFrom: "2019-03-01" }));
    expect(rules(open)).toEqual([]);
  });

  it("flags 59 blank days but not 60", () => {
    const mk = (until: string) =>
      data(row({ validFrom: "2018-01-01", validUntil: until, evidence: [{ source: "A", paraphrase: "x", date: "2018-01-01" }] }), row({ validFrom: "2019-03-01" }));
    expect(only(mk("2019-01-01"), "short-gap")).toHaveLength(1); // 2019-01-02 .. 2019-02-28: 58 days
    expect(only(mk("2018-12-31"), "short-gap")).toHaveLength(1); // 59 days
    expect(only(mk("2018-12-30"), "short-gap")).toEqual([]); // 60 days
  });

  it("keeps series apart by counterpart", () => {
    const input = data(
      row({ issue: "summit-diplomacy", counterpart: "USA", validFrom: "2018-01-01", validUntil: "2019-01-01", evidence: [{ source: "A", paraphrase: "x", date: "2018-01-01" }] }),
      row({ issue: "summit-diplomacy", counterpart: "ROK", validFrom: "2019-01-10" }),
    );
    expect(rules(input)).toEqual([]);
  });

  it("catches overlapping rows and two rows with one start", () => {
    const overlap = data(
      row({ validFrom: "2018-01-01", validUntil: "2021-10-03", evidence: [{ source: "A", paraphrase: "x", date: "2018-01-01" }] }),
      row({ validFrom: "2021-10-01", evidence: [{ source: "A", paraphrase: "x", date: "2021-10-01" }] }),
    );
    expect(only(overlap, "overlap").map((f) => f.key)).toEqual(["ROK|sequencing||2021-10-01"]);
    const same = data(row(), row({ position: 2 }));
    expect(only(same, "overlap")).toHaveLength(1);
  });
});

describe("data check: evidence", () => {
  it("catches a row whose evidence is all dated more than a year after its start, unless a note explains", () => {
    const late = row({ validFrom: "2018-01-01", evidence: [{ source: "L", paraphrase: "Reported in 2021." }] });
    expect(only(data(late), "late-evidence").map((f) => f.key)).toEqual([stanceKey(late)]);
    expect(only(data({ ...late, note: "A standing position that predates the source." }), "late-evidence")).toEqual([]);
    // One item within the year is enough.
    expect(only(data({ ...late, evidence: [...late.evidence, { source: "A", paraphrase: "x", date: "2018-06-01" }] }), "late-evidence")).toEqual([]);
  });

  it("reads a month-only evidence date as its first day", () => {
    const r = row({ validFrom: "2018-06-15", evidence: [{ source: "A", paraphrase: "x", date: "2019-06" }] });
    expect(only(data(r), "late-evidence")).toEqual([]);
    const r2 = row({ validFrom: "2018-05-15", evidence: [{ source: "A", paraphrase: "x", date: "2019-06" }] });
    expect(only(data(r2), "late-evidence")).toHaveLength(1);
  });

  it("catches exact quotes shorter than three words, fragment by fragment", () => {
    const q = (quote: string) => row({ evidence: [{ source: "A", paraphrase: "x", quote }] });
    expect(only(data(q("ironclad")), "short-quote")).toHaveLength(1);
    expect(only(data(q("new path")), "short-quote")).toHaveLength(1);
    expect(only(data(q("grand bargain / strategic patience")), "short-quote")).toHaveLength(2);
    expect(only(data(q("completely demolished and verified / irreversible stage")), "short-quote")).toHaveLength(1);
    expect(only(data(q("can never be recognized")), "short-quote")).toEqual([]);
    expect(only(data(q("— a — b")), "short-quote")).toHaveLength(1); // punctuation is not a word
  });

  it("catches high confidence resting on one encyclopedia or market newsletter", () => {
    const wiki = row({ confidence: "high", evidence: [{ source: "W", paraphrase: "x", date: "2019-03-01" }] });
    expect(only(data(wiki), "weak-high")).toHaveLength(1);
    const fx = row({ confidence: "high", evidence: [{ source: "M", paraphrase: "x" }, { source: "M", paraphrase: "y" }] });
    expect(only(data(fx), "weak-high")).toHaveLength(1);
    expect(only(data({ ...wiki, confidence: "medium" }), "weak-high")).toEqual([]);
    expect(only(data({ ...wiki, evidence: [...wiki.evidence, { source: "A", paraphrase: "z" }] }), "weak-high")).toEqual([]);
    const kinded: CheckInput = {
      stances: [row({ confidence: "high", evidence: [{ source: "K", paraphrase: "x" }] })],
      sources: { K: { title: "Reference work", publisher: "Some Press", date: "2019-03-01", kind: "encyclopedia" } },
    };
    expect(only(kinded, "weak-high")).toHaveLength(1);
  });

  it("catches evidence that admits it does not support the row", () => {
    const borrowed = row({
      evidence: [{ source: "A", paraphrase: "Cited as the closest related source.", note: "It never makes the claim." }],
    });
    expect(only(data(borrowed), "unsupported-evidence")).toHaveLength(1);
    const unlisted = row({ evidence: [{ source: "A", paraphrase: "Context.", note: "The remark is not in any listed source." }] });
    expect(only(data(unlisted), "unsupported-evidence")).toHaveLength(1);
    expect(only(data(row()), "unsupported-evidence")).toEqual([]);
  });

  it("accepts an unsourced row only with a note", () => {
    const bare = row({ position: null, evidence: [] });
    expect(only(data(bare), "unsourced-without-note")).toHaveLength(1);
    expect(rules(data({ ...bare, note: "No stated position in the sources read." }))).toEqual([]);
  });
});

describe("data check: the allow-list", () => {
  const bad = data(row({ evidence: [{ source: "A", paraphrase: "x", quote: "vital" }] }));

  it("moves an allowed finding aside with its reason and passes", () => {
    const result = checkDataset(bad, [{ rule: "short-quote", key: stanceKey(row()), reason: "checked: one-word quote kept" }]);
    expect(result.findings).toEqual([]);
    expect(result.allowed).toHaveLength(1);
    expect(result.allowed[0].reason).toBe("checked: one-word quote kept");
    expect(dataCheckPasses(result)).toBe(true);
  });

  it("matches rule and key exactly, and reports entries that match nothing", () => {
    const wrongRule = checkDataset(bad, [{ rule: "overlap", key: stanceKey(row()), reason: "r" }]);
    expect(wrongRule.findings).toHaveLength(1);
    expect(wrongRule.unusedAllows).toHaveLength(1);
    expect(dataCheckPasses(wrongRule)).toBe(false);
    const report = formatDataCheck(wrongRule);
    expect(report).toContain("FAIL short-quote");
    expect(report).toContain("stale-allow");
    expect(report).toMatch(/data check: 1 finding, 0 allowed, 1 stale allow-list entry$/);
  });
});
