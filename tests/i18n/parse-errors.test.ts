import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { en, ko } from "../../messages";
import { domainText, CLUSTERS } from "../../lib/domain";
import { queryDateOutOfSpanIssue } from "../../lib/dates";
import { parseMatrixQuery } from "../../lib/matrix-view";
import {
  parseAll,
  parseChoice,
  parseCode,
  parseCodeList,
  parseDateParam,
  parseErrorText,
  parsePairs,
  parsePositiveInt,
  type Parsed,
} from "../../lib/params";
import { parseEventKeys, parseRange } from "../../lib/periods";
import { parseScenario } from "../../lib/scenario";

/**
 * Parse failures carry a message key of the "Errors" namespace beside their English `error`: the English
 * catalogue gives back the same sentence, the Korean one a Korean sentence.
 */
const enErrors = createTranslator({ locale: "en", messages: en, namespace: "Errors" });
const koErrors = createTranslator({ locale: "ko", messages: ko, namespace: "Errors" });
const HANGUL = /[\uac00-\ud7a3]/;
const TODAY = "2026-11-30";

type Failure = Extract<Parsed<unknown>, { ok: false }>;
function failed(p: Parsed<unknown>): Failure {
  expect(p.ok).toBe(false);
  return p as Failure;
}

const ACTORS = ["ROK", "JPN", "USA"];
/** Failures whose English catalogue text is the English `error` word for word. */
const SAME_IN_ENGLISH: [string, Parsed<unknown>][] = [
  ["repeated", parseDateParam("asOf", ["2019-01-01", "2019-02-01"], TODAY)],
  ["not a date", parseDateParam("asOf", "2019-02-30", TODAY)],
  ["too early", parseDateParam("asOf", "1980-01-01", TODAY)],
  ["too late", parseDateParam("asOf", "2999-01-01", TODAY)],
  ["unknown codes", parseCodeList("actors", "ROK,XXX", ACTORS)],
  ["empty list", parseCodeList("actors", ",", ACTORS)],
  ["not a choice", parseChoice("cluster", "nope", ["denuclearization"])],
  ["not a code", parseCode("actor", "ZZZ", ACTORS)],
  ["not a pair", parsePairs("pairs", "ROK", ACTORS)],
  ["pair unknown", parsePairs("pairs", "ROK-XXX", ACTORS)],
  ["pair self", parsePairs("pairs", "ROK-ROK", ACTORS)],
  ["too many pairs", parsePairs("pairs", "ROK-JPN,ROK-USA,JPN-USA", ACTORS, 2)],
  ["not positive", parsePositiveInt("stance", "0")],
  ["matrix page", parseMatrixQuery({ page: "zero" }, TODAY)],
  ["range date", parseRange("2019-13-01", undefined, { from: "2018-01-01", today: TODAY })],
  ["unknown events", parseEventKeys("E01,E99", ["E01"], [])],
  ["too many events", parseEventKeys("E01,E02", ["E01", "E02"], [], 1)],
  ["scenario form", parseScenario("nonsense", { actors: ACTORS, issues: ["sequencing"] })],
  ["scenario actor", parseScenario("XXX.sequencing:1", { actors: ACTORS, issues: ["sequencing"] })],
  ["scenario issue", parseScenario("JPN.other:1", { actors: ACTORS, issues: ["sequencing"] })],
  ["scenario position", parseScenario("JPN.sequencing:3", { actors: ACTORS, issues: ["sequencing"] })],
  ["scenario twice", parseScenario("JPN.sequencing:1,JPN.sequencing:2", { actors: ACTORS, issues: ["sequencing"] })],
  ["scenario repeated", parseScenario(["a", "b"], { actors: ACTORS, issues: ["sequencing"] })],
];

describe("parse errors in the page's language", () => {
  it.each(SAME_IN_ENGLISH)("%s: a key whose English text is the English error, and a Korean text", (_, p) => {
    const f = failed(p);
    expect(f.issues?.length).toBeGreaterThan(0);
    expect(parseErrorText([f], enErrors)).toBe(f.error);
    const korean = parseErrorText([f], koErrors);
    expect(korean).toMatch(HANGUL);
    expect(korean).not.toBe(f.error);
  });

  it("shows the parameter by its Korean name and keeps the value given", () => {
    const text = parseErrorText([parseDateParam("asOf", "2019-13-45", TODAY)], koErrors);
    expect(text).toBe('기준일 값은 연-월-일 형식의 실제 날짜여야 합니다. 예: 2019-03-01 (입력값: "2019-13-45").');
  });

  it("joins several failures in order, as parseAll and the matrix query do", () => {
    const all = parseAll({ actor: parseCode("actor", "XX", ACTORS), stance: parsePositiveInt("stance", "-1") });
    const f = failed(all);
    expect(f.issues?.map((i) => i.key)).toEqual(["oneOf", "positiveInt"]);
    expect(parseErrorText([f], enErrors)).toBe(f.error);
    const matrix = failed(parseMatrixQuery({ asOf: "x", page: "0" }, TODAY));
    expect(matrix.issues?.map((i) => i.key)).toEqual(["date", "pageNumber"]);
    expect(parseErrorText([matrix], koErrors).split(" ").length).toBeGreaterThan(4);
  });

  it("gives the range order with both dates, and skips parses that succeeded", () => {
    const f = failed(parseRange("2020-01-01", "2019-01-01", { from: "2018-01-01", today: TODAY }));
    expect(f.issues).toEqual([{ key: "rangeOrder", values: { from: "2020-01-01", to: "2019-01-01" } }]);
    expect(parseErrorText([parseDateParam("asOf", "2019-01-01", TODAY), f], koErrors)).toBe("시작일(2020-01-01)은 종료일(2019-01-01)보다 앞서야 합니다.");
  });

  it("keeps the English error of a failure built without a key", () => {
    expect(parseErrorText([{ ok: false, error: "Something else." }], koErrors)).toBe("Something else.");
  });

  it("names the span of query dates with a key", () => {
    expect(queryDateOutOfSpanIssue("to", "1900-01-01", TODAY)?.issue).toEqual({ key: "tooEarly", values: { name: "to", limit: "1990-01-01", got: "1900-01-01" } });
    expect(queryDateOutOfSpanIssue("to", "2019-01-01", TODAY)).toBeNull();
  });
});

describe("domain terms from the catalogue", () => {
  const enD = domainText(createTranslator({ locale: "en", messages: en, namespace: "Domain" }));
  const koD = domainText(createTranslator({ locale: "ko", messages: ko, namespace: "Domain" }));

  it("names every cluster in both languages (Korean: the curated terms)", () => {
    expect(enD.clusters.map((c) => c.id)).toEqual(CLUSTERS.map((c) => c.id));
    expect(enD.clusters.map((c) => c.label)).toEqual(CLUSTERS.map((c) => c.label));
    expect(koD.cluster("denuclearization")).toBe("비핵화");
    expect(koD.cluster("security-order")).toBe("군사·안보 질서");
    for (const c of koD.clusters) expect(c.label).toMatch(HANGUL);
    expect(koD.cluster("unknown-cluster")).toBe("unknown-cluster");
  });

  it("says 'no stated position' for a null position, else the issue's label", () => {
    const labels = ["a", "b", "c", "d", "e"];
    expect(enD.scaleLabel(labels, null)).toBe("No stated position");
    expect(koD.scaleLabel(labels, null)).toBe("입장 표명 없음");
    expect(koD.scaleLabel(labels, 2)).toBe("e");
  });

  it("labels confidence and the direction of a change", () => {
    expect(enD.confidenceTag.low).toBe("Low confidence");
    expect(koD.confidence).toEqual({ low: "낮음", medium: "보통", high: "높음" });
    expect(Object.values(koD.direction).every((v) => HANGUL.test(v))).toBe(true);
  });
});
