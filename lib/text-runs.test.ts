import { describe, expect, it } from "vitest";
import { latinRuns } from "./text-runs";

describe("latinRuns", () => {
  it("splits Latin runs out of Korean text, keeping every character", () => {
    const text = '김정은: "two states hostile to each other"(서로 적대적인 두 국가)';
    const runs = latinRuns(text);
    expect(runs.map((r) => r.text).join("")).toBe(text);
    expect(runs.filter((r) => r.latin).map((r) => r.text)).toEqual(["two states hostile to each other"]);
  });

  it("leaves text without Latin letters whole", () => {
    expect(latinRuns("비핵화의 의미")).toEqual([{ text: "비핵화의 의미", latin: false }]);
  });

  it("finds several runs and keeps trailing punctuation outside", () => {
    const runs = latinRuns("레이더 조준(lock-on) 갈등, GSOMIA 종료.");
    expect(runs.filter((r) => r.latin).map((r) => r.text)).toEqual(["lock-on", "GSOMIA"]);
    expect(runs.map((r) => r.text).join("")).toBe("레이더 조준(lock-on) 갈등, GSOMIA 종료.");
  });
});
