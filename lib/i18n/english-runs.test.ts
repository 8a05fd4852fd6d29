import { describe, expect, it } from "vitest";
import { englishRuns } from "./english-runs";

describe("englishRuns", () => {
  it("splits out quoted passages with Latin letters", () => {
    expect(englishRuns('포괄적 "big deal"만 의미 있음')).toEqual([
      { text: "포괄적 ", en: false },
      { text: '"big deal"', en: true },
      { text: "만 의미 있음", en: false },
    ]);
    expect(englishRuns("“hostile” 정책")).toEqual([
      { text: "“hostile”", en: true },
      { text: " 정책", en: false },
    ]);
  });

  it("leaves texts without quoted English (and quoted Korean) whole", () => {
    expect(englishRuns("제재 완화")).toEqual([{ text: "제재 완화", en: false }]);
    expect(englishRuns('"완전한 비핵화"의 의미')).toEqual([{ text: '"완전한 비핵화"의 의미', en: false }]);
    expect(englishRuns("")).toEqual([{ text: "", en: false }]);
  });
});
