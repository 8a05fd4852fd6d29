/**
 * Property-based tests of every admin form schema (lib/admin/schemas.ts): random and hostile values never make
 * parsing throw, and whatever is accepted is valid (positions on the scale, real dates, http/https links only).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIsoDate, isPartialIsoDate } from "../../lib/dates";
import {
  actorInput,
  evidenceInput,
  eventInput,
  issueInput,
  passwordChangeInput,
  signInInput,
  stanceInput,
  userCreateInput,
  USERNAME_RULE,
} from "../../lib/admin/schemas";

const RUNS = { numRuns: 300 };

const HOSTILE = [
  "<img src=x onerror=alert(1)>",
  '"><script>alert(1)</script>',
  "' or 1=1 --",
  "'; drop table stances; --",
  "\u0000",
  "\u202e",
  "💥".repeat(50),
  "-2",
  "3",
  "-3",
  "1.5",
  "1e3",
  "0x10",
  " 2 ",
  "NaN",
  "Infinity",
  "2019-02-30",
  "2019-13-01",
  "0000-00-00",
  "2019-1-1",
  "x".repeat(5000),
  "__proto__",
  "constructor",
];

/** Link schemes that must never survive, in mixed case and with prefixes browsers ignore. */
const BAD_SCHEMES = ["javascript:", "data:", "vbscript:", "file:", "ftp:"];
const badUrl = fc
  .tuple(
    fc.constantFrom(...BAD_SCHEMES),
    fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    fc.constantFrom("", " ", "\t", "\n", "\u0000", "\u0001", "\u001f", "\u00a0", " \u0008 ", "\r\n"),
    fc.constantFrom("alert(1)", "text/html,<script>alert(1)</script>", "msgbox(1)", "//evil.example/%0aalert(1)"),
  )
  .map(([scheme, upper, lead, rest]) => lead + [...scheme].map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch)).join("") + rest);

const hostile = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.integer().map(String),
  badUrl,
);
/** Anything a caller might send as a field: strings, but also values FormData never produces. */
const anyValue = fc.oneof(
  { weight: 6, arbitrary: hostile },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, [], {}, 0, -1, true) },
);

const isoDateish = fc.oneof(
  fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("2019-02-29", "2020-02-29", "2019-02-30", "2019-04-31", "2019-00-10", "19-01-01", "2019/01/01", ""),
  hostile,
);

const safeUrl = (s: string | null) => s === null || (/^https?:\/\//i.test(s) && ["http:", "https:"].includes(new URL(s).protocol));

function evidenceArb() {
  return fc.record(
    {
      title: anyValue,
      publisher: anyValue,
      publishedOn: fc.oneof(isoDateish, fc.constantFrom("2019", "2019-03", "2019-3", "20190")),
      url: fc.oneof(badUrl, fc.webUrl(), fc.constantFrom("", "https://example.org/a b", "http://", "https://", "//x.example"), hostile),
      paraphrase: anyValue,
      quote: anyValue,
      note: anyValue,
      sourceKey: anyValue,
    },
    { requiredKeys: [] },
  );
}

/** Parsing never throws, and an accepted value satisfies `valid`. */
function check<T>(schema: { safeParse: (v: unknown) => { success: boolean; data?: T } }, arb: fc.Arbitrary<unknown>, valid: (v: T) => void) {
  fc.assert(
    fc.property(arb, (input) => {
      let r: { success: boolean; data?: T };
      expect(() => (r = schema.safeParse(input))).not.toThrow();
      if (r!.success) valid(r!.data as T);
    }),
    RUNS,
  );
}

describe("[security] admin form schemas under random and hostile input (property)", () => {
  it("evidence: only http/https links survive; dates are real", () => {
    check(evidenceInput, evidenceArb(), (e) => {
      expect(safeUrl(e.url)).toBe(true);
      expect(isPartialIsoDate(e.publishedOn)).toBe(true);
      expect(e.title.length).toBeGreaterThan(0);
      expect(e.paraphrase.trim()).toBe(e.paraphrase);
    });
  });

  it("evidence: javascript:, data:, vbscript: in any case and after control characters or spaces are refused", () => {
    fc.assert(
      fc.property(badUrl, (url) => {
        const r = evidenceInput.safeParse({ title: "t", publisher: "p", publishedOn: "2019", url, paraphrase: "x" });
        expect(r.success).toBe(false);
      }),
      RUNS,
    );
    for (const url of ["JaVaScRiPt:alert(1)", " javascript:alert(1)", "\u0001javascript:alert(1)", "java\tscript:alert(1)", "DATA:text/html,x", "\nvbscript:x", "https://ok.example/\u0000"])
      expect(evidenceInput.safeParse({ title: "t", publisher: "p", publishedOn: "2019", url, paraphrase: "x" }).success, url).toBe(false);
    expect(evidenceInput.safeParse({ title: "t", publisher: "p", publishedOn: "2019", url: "https://example.org/x?y=1", paraphrase: "x" }).success).toBe(true);
  });

  it("stance: position on the scale or none, salience 1..5, a real start date for a new stance, evidence valid", () => {
    const arb = fc.record(
      {
        mode: fc.oneof(fc.constantFrom("new", "correct"), anyValue),
        validFrom: isoDateish,
        position: fc.oneof(fc.constantFrom("none", "-2", "-1", "0", "1", "2"), anyValue),
        salience: fc.oneof(fc.integer({ min: -3, max: 8 }).map(String), anyValue),
        confidence: fc.oneof(fc.constantFrom("low", "medium", "high"), anyValue),
        summary: anyValue,
        evidence: fc.oneof(fc.array(evidenceArb(), { maxLength: 3 }), anyValue),
        version: fc.oneof(fc.nat().map(String), anyValue),
      },
      { requiredKeys: [] },
    );
    check(stanceInput, arb, (s) => {
      expect(s.position === null || [-2, -1, 0, 1, 2].includes(s.position)).toBe(true);
      expect(Number.isInteger(s.salience) && s.salience >= 1 && s.salience <= 5).toBe(true);
      expect(["low", "medium", "high"]).toContain(s.confidence);
      if (s.mode === "new") expect(isIsoDate(s.validFrom)).toBe(true);
      expect(s.evidence.length).toBeGreaterThan(0);
      for (const e of s.evidence) expect(safeUrl(e.url)).toBe(true);
      expect(Number.isInteger(s.version) && s.version >= 0).toBe(true);
    });
  });

  it("actor: code of capitals, a palette colour, display order in range", () => {
    const arb = fc.record(
      {
        code: fc.oneof(fc.constantFrom("ROK", "XSS1", "rok", "A", "ABCDEFGHI"), anyValue),
        name: anyValue,
        shortName: anyValue,
        color: anyValue,
        displayOrder: fc.oneof(fc.integer({ min: -5, max: 1200 }).map(String), anyValue),
        description: anyValue,
        version: fc.oneof(fc.nat().map(String), anyValue),
      },
      { requiredKeys: [] },
    );
    check(actorInput, arb, (a) => {
      expect(a.code).toMatch(/^[A-Z]{2,8}$/);
      expect(a.displayOrder >= 0 && a.displayOrder <= 999).toBe(true);
      expect(a.color).toMatch(/^#[0-9a-fA-F]{6}$/);
    });
  });

  it("issue: slug pattern, five scale labels", () => {
    const arb = fc.record(
      {
        slug: fc.oneof(fc.constantFrom("missile-scope", "a--b", "-a", "A"), anyValue),
        title: anyValue,
        cluster: anyValue,
        definition: anyValue,
        scale: fc.oneof(fc.array(anyValue, { maxLength: 6 }), fc.dictionary(fc.constantFrom("0", "1", "2", "3", "4"), anyValue), anyValue),
        displayOrder: fc.oneof(fc.integer({ min: -5, max: 1200 }).map(String), anyValue),
        version: fc.oneof(fc.nat().map(String), anyValue),
      },
      { requiredKeys: [] },
    );
    check(issueInput, arb, (i) => {
      expect(i.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(i.scale).toHaveLength(5);
      for (const l of i.scale) expect(l.length).toBeGreaterThan(0);
    });
  });

  it("event: real dates, end not before start, actor codes only", () => {
    const arb = fc.record(
      {
        date: isoDateish,
        endDate: fc.oneof(isoDateish, fc.constant("")),
        title: anyValue,
        description: anyValue,
        confidence: anyValue,
        actors: fc.oneof(fc.array(fc.oneof(fc.constantFrom("ROK", "DPRK"), hostile), { maxLength: 4 }), anyValue),
        version: fc.oneof(fc.nat().map(String), anyValue),
      },
      { requiredKeys: [] },
    );
    check(eventInput, arb, (e) => {
      expect(isIsoDate(e.date)).toBe(true);
      if (e.endDate !== null) {
        expect(isIsoDate(e.endDate)).toBe(true);
        expect(e.endDate >= e.date).toBe(true);
      }
      for (const a of e.actors) expect(a).toMatch(/^[A-Z]{2,8}$/);
    });
  });

  it("users, passwords and sign-in: usernames match the rule, passwords within bounds", () => {
    check(userCreateInput, fc.record({ username: anyValue, role: anyValue }, { requiredKeys: [] }), (u) => {
      expect(u.username).toMatch(USERNAME_RULE);
      expect(["admin", "editor"]).toContain(u.role);
    });
    check(passwordChangeInput, fc.record({ current: anyValue, next: anyValue, confirm: anyValue }, { requiredKeys: [] }), (p) => {
      expect(p.next.length).toBeGreaterThanOrEqual(12);
      expect(p.next).toBe(p.confirm);
    });
    check(signInInput, fc.record({ username: anyValue, password: anyValue, next: anyValue }, { requiredKeys: [] }), (s) => {
      expect(s.username.length).toBeGreaterThan(0);
      expect(s.password.length).toBeLessThanOrEqual(500);
    });
  });
});
