import { describe, expect, it } from "vitest";
import { STANCES } from "../data";
import { STANCES_2024_2026 } from "../data-2024-2026";
import { stanceSeedKey } from "./key";
import { STANCES_KO_2018 } from "./stances-2018";

const HANGUL = /[\uAC00-\uD7A3]/;

describe("Korean summaries and notes of the stances written in data.ts", () => {
  const later = new Set(STANCES_2024_2026);
  const mine = STANCES.filter((s) => !later.has(s));

  it("covers the stances written in data.ts, with distinct keys", () => {
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBe(STANCES.length - STANCES_2024_2026.length);
    expect(new Set(mine.map(stanceSeedKey)).size).toBe(mine.length);
  });

  it("has a Korean summary for every stance, and a note exactly when the English has one", () => {
    for (const s of mine) {
      const key = stanceSeedKey(s);
      const ko = STANCES_KO_2018[key];
      expect(ko, key).toBeDefined();
      expect(ko.summary.trim().length, key).toBeGreaterThan(0);
      expect(ko.note !== undefined, `${key} note`).toBe(s.note !== undefined);
    }
  });

  it("has no extra keys and keeps the order of the source", () => {
    expect(Object.keys(STANCES_KO_2018)).toEqual(mine.map(stanceSeedKey));
  });

  it("writes every string in Korean, never a copy of the English", () => {
    const byKey = new Map(mine.map((s) => [stanceSeedKey(s), s]));
    for (const [key, ko] of Object.entries(STANCES_KO_2018)) {
      const en = byKey.get(key)!;
      expect(ko.summary, key).toMatch(HANGUL);
      expect(ko.summary, key).not.toBe(en.summary);
      if (ko.note !== undefined) {
        expect(ko.note, `${key} note`).toMatch(HANGUL);
        expect(ko.note, `${key} note`).not.toBe(en.note);
      }
    }
  });
});
