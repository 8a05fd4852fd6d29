import { describe, expect, it } from "vitest";
import { isIsoDate, isPartialIsoDate } from "../../lib/dates";
import { checkDataset, formatDataCheck } from "../../lib/data-check";
import { ACTORS, EVENTS, ISSUES, SOURCES, STANCES } from "./data";
import { CODING_HORIZON } from "./data-2024-2026";
import { DATA_CHECK_ALLOW } from "./data-check-allow";

const ISSUE_SLUGS = [
  "complete-denuclearization", "sequencing", "sanctions-relief", "end-of-war-declaration", "missile-scope",
  "joint-exercises", "abductions", "inter-korean-cooperation", "summit-diplomacy", "yongbyon", "security-order",
  "verification", "japan-dprk-normalization",
];

describe("curated seed dataset", () => {
  const actorCodes = new Set(ACTORS.map((a) => a.code));
  const issueSlugs = new Set(ISSUES.map((i) => i.slug));

  it("has the six actors and the thirteen issues with stable slugs", () => {
    expect([...actorCodes]).toEqual(["ROK", "JPN", "USA", "DPRK", "CHN", "RUS"]);
    expect(ISSUES.map((i) => i.slug)).toEqual(ISSUE_SLUGS);
  });

  it("labels every point of every scale", () => {
    for (const i of ISSUES) {
      expect(i.scale, i.slug).toHaveLength(5);
      for (const label of i.scale) expect(label.trim().length, i.slug).toBeGreaterThan(0);
      expect(new Set(i.scale).size, `${i.slug} has duplicate labels`).toBe(5);
    }
  });

  it("uses distinct colour-blind-safe actor colours", () => {
    expect(new Set(ACTORS.map((a) => a.color.toLowerCase())).size).toBe(ACTORS.length);
    for (const a of ACTORS) expect(a.color).toMatch(/^#[0-9a-fA-F]{6}$/);
  });

  it("every stance references a known actor and issue, sits on the scale, and has dated evidence", () => {
    expect(STANCES.length).toBeGreaterThanOrEqual(70);
    for (const s of STANCES) {
      const where = `${s.actor} ${s.issue} ${s.validFrom}`;
      expect(actorCodes.has(s.actor), where).toBe(true);
      expect(issueSlugs.has(s.issue), where).toBe(true);
      if (s.counterpart) {
        expect(actorCodes.has(s.counterpart), where).toBe(true);
        expect(s.counterpart, where).not.toBe(s.actor);
      }
      if (s.position !== null) expect([-2, -1, 0, 1, 2], where).toContain(s.position);
      expect(s.salience, where).toBeGreaterThanOrEqual(1);
      expect(s.salience, where).toBeLessThanOrEqual(5);
      expect(isIsoDate(s.validFrom), where).toBe(true);
      if (s.validUntil) {
        expect(isIsoDate(s.validUntil), where).toBe(true);
        expect(s.validUntil >= s.validFrom, where).toBe(true);
      }
      expect(s.summary.trim().length, where).toBeGreaterThan(10);
      // Evidence may be empty only for a row deliberately unsourced, and then its note says why.
      if (s.evidence.length === 0) expect(s.note?.trim().length ?? 0, `${where}: unsourced without a note`).toBeGreaterThan(20);
      for (const e of s.evidence) {
        const source = SOURCES[e.source];
        expect(source, `${where}: unknown source ${e.source}`).toBeDefined();
        expect(isPartialIsoDate(e.date ?? source.date), `${where}: date of ${e.source}`).toBe(true);
        expect(e.paraphrase.trim().length, where).toBeGreaterThan(10);
        const url = e.url ?? source.url;
        if (url) expect(url, where).toMatch(/^https?:\/\//);
      }
    }
  });

  it("never has two stances of one actor on one issue (toward one counterpart) with the same start", () => {
    const seen = new Set<string>();
    for (const s of STANCES) {
      const key = `${s.actor}|${s.issue}|${s.counterpart ?? ""}|${s.validFrom}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  it("directs only summit-diplomacy stances at a counterpart", () => {
    for (const s of STANCES.filter((x) => x.counterpart)) expect(s.issue).toBe("summit-diplomacy");
  });

  it("flags FACTS.md caveats: low confidence or a note on the evidence", () => {
    const lows = STANCES.filter((s) => s.confidence === "low");
    const noted = STANCES.filter((s) => s.evidence.some((e) => e.note));
    expect(lows.length).toBeGreaterThan(0);
    expect(noted.length).toBeGreaterThan(0);
  });

  it("has the 52 FACTS.md events plus the 24 events of the 2024-2026 coding, with valid dates and known actors", () => {
    expect(EVENTS).toHaveLength(76);
    expect(new Set(EVENTS.map((e) => e.key)).size).toBe(76);
    expect(EVENTS.map((e) => e.key)).toEqual(Array.from({ length: 76 }, (_, i) => `E${String(i).padStart(2, "0")}`));
    for (const e of EVENTS) {
      expect(isIsoDate(e.date), e.key).toBe(true);
      if (e.endDate) expect(isIsoDate(e.endDate) && e.endDate >= e.date, e.key).toBe(true);
      for (const a of e.actors) expect(actorCodes.has(a), `${e.key} ${a}`).toBe(true);
      for (const src of e.sources) expect(SOURCES[src], `${e.key} ${src}`).toBeDefined();
    }
  });

  it("cites the seed article where it speaks (Japan on sanctions, missiles, exercises)", () => {
    const cites = (actor: string, issue: string) =>
      STANCES.filter((s) => s.actor === actor && s.issue === issue).some((s) => s.evidence.some((e) => e.source === "S0"));
    expect(cites("JPN", "sanctions-relief")).toBe(true);
    expect(cites("JPN", "missile-scope")).toBe(true);
    expect(cites("JPN", "joint-exercises")).toBe(true);
    expect(SOURCES.S0.date).toBe("2021-02-03");
  });

  it("passes the dataset check (lib/data-check.ts) with its allow-list", () => {
    const result = checkDataset({ stances: STANCES, sources: SOURCES }, DATA_CHECK_ALLOW);
    expect(result.findings, formatDataCheck(result)).toEqual([]);
    expect(result.unusedAllows, formatDataCheck(result)).toEqual([]);
  });

  it("gives every new government a row at its handover date on each issue the actor has an open series on", () => {
    const handovers: [string, string][] = [
      ["ROK", "2022-05-10"],
      ["JPN", "2024-10-01"],
      ["JPN", "2025-10-21"],
      ["USA", "2025-01-20"],
      ["ROK", "2025-06-04"],
    ];
    for (const [actor, date] of handovers) {
      const before = STANCES.filter((s) => s.actor === actor && s.validFrom < date);
      const openIssues = new Set(
        before
          .filter((s) => !s.validUntil || s.validUntil >= addOneDayBefore(date))
          .filter((s) => !STANCES.some((t) => t.actor === actor && t.issue === s.issue && t.validFrom > s.validFrom && t.validFrom < date))
          .map((s) => s.issue),
      );
      for (const issue of openIssues) {
        const row = STANCES.find((s) => s.actor === actor && s.issue === issue && !s.counterpart && s.validFrom === date);
        // Yoon's government was coded only where the sources speak; its open series are those it inherited.
        if (actor === "ROK" && date === "2022-05-10") continue;
        expect(row, `${actor} ${issue}: no row at the handover ${date}`).toBeDefined();
      }
    }
    // No Moon-era row runs past Moon's last day (2022-05-09), and no row starts on the old month-only date.
    for (const s of STANCES.filter((x) => x.actor === "ROK")) {
      if (s.validUntil && s.validFrom < "2022-05-10") expect(s.validUntil <= "2022-05-09", `${s.issue} ${s.validFrom}`).toBe(true);
    }
    expect(STANCES.some((s) => s.actor === "ROK" && s.validFrom === "2022-05-01")).toBe(false);
  });

  it("codes nothing beyond its coding horizon", () => {
    for (const s of STANCES) expect(s.validFrom <= CODING_HORIZON, `${s.actor} ${s.issue} ${s.validFrom}`).toBe(true);
    for (const e of EVENTS) expect(e.date <= CODING_HORIZON, e.key).toBe(true);
  });
});

function addOneDayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
