import { describe, expect, it } from "vitest";
import { STANCES_2024_2026 } from "../data-2024-2026";
import { stanceSeedKey } from "./key";
import { STANCES_KO_2024 } from "./stances-2024";

const HANGUL = /[\uac00-\ud7a3]/;

describe("STANCES_KO_2024", () => {
  it("has one entry per stance of STANCES_2024_2026, and no extra keys", () => {
    const keys = STANCES_2024_2026.map(stanceSeedKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(STANCES_KO_2024).sort()).toEqual([...keys].sort());
  });

  const cases = STANCES_2024_2026.map((s) => [stanceSeedKey(s), s] as const);

  it.each(cases)("%s: Korean summary, and note iff English has one", (key, s) => {
    const ko = STANCES_KO_2024[key];
    expect(ko).toBeDefined();
    expect(Object.keys(ko).every((k) => k === "summary" || k === "note")).toBe(true);

    expect(ko.summary).toMatch(HANGUL);
    expect(ko.summary.trim()).not.toBe("");
    expect(ko.summary).not.toBe(s.summary);

    if (s.note === undefined) {
      expect(ko.note).toBeUndefined();
    } else {
      expect(ko.note).toBeDefined();
      expect(ko.note).toMatch(HANGUL);
      expect(ko.note).not.toBe(s.note);
    }
  });

  it.each(cases)("%s: keeps quotations, source keys and ISO dates of the English", (key, s) => {
    const ko = STANCES_KO_2024[key];
    const pairs: [string, string | undefined][] = [[s.summary, ko.summary]];
    if (s.note !== undefined) pairs.push([s.note, ko.note]);
    for (const [en, kr] of pairs) {
      const kept = [
        ...(en.match(/"[^"]+"/g) ?? []),
        ...(en.match(/\bS\d+\b/g) ?? []),
        // ISO dates and months; not year ranges such as "2025-26" (written 2025~26년 in Korean).
        ...(en.match(/\b\d{4}-(?:0[1-9]|1[0-2])(?:-\d{2})?\b/g) ?? []),
      ];
      for (const k of kept) expect(kr).toContain(k);
    }
  });

  it("keeps the source order of the stances", () => {
    expect(Object.keys(STANCES_KO_2024)).toEqual(STANCES_2024_2026.map(stanceSeedKey));
  });
});
