/**
 * Property-based tests of every admin form schema (lib/admin/schemas.ts): random and hostile values never make
 * parsing throw, whatever is accepted is valid (positions on the scale, real dates, http/https links only), and
 * every valid input is accepted. Each property draws valid inputs, near misses (a valid input with one field
 * spoiled) and random records, and asserts how many were accepted, so "accepted is valid" runs on real cases.
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
  MIN_PASSWORD,
  POSITION_CHOICES,
  USERNAME_RULE,
} from "../../lib/admin/schemas";
import { CLUSTER_IDS, CONFIDENCES } from "../../lib/domain";
import { ACTOR_PALETTE } from "../../lib/palette";

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

const EVIDENCE_FIELDS = {
  title: anyValue,
  publisher: anyValue,
  publishedOn: fc.oneof(isoDateish, fc.constantFrom("2019", "2019-03", "2019-3", "20190")),
  url: fc.oneof(badUrl, fc.webUrl(), fc.constantFrom("", "https://example.org/a b", "http://", "https://", "//x.example"), hostile),
  paraphrase: anyValue,
  quote: anyValue,
  note: anyValue,
  sourceKey: anyValue,
};

function evidenceArb() {
  return fc.record(EVIDENCE_FIELDS, { requiredKeys: [] });
}

// ---- Valid inputs, as the forms would send them: each schema must accept every one of these. ----

const text = (max: number) => fc.string({ minLength: 1, maxLength: Math.min(max, 80) }).filter((s) => s.trim().length > 0);
const optional = (max: number) => fc.oneof(fc.constant(""), text(max));
const realDate = fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2999-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const versionString = fc.nat({ max: 10_000 }).map(String);
const orderString = fc.integer({ min: 0, max: 999 }).map(String);
const actorCode = fc.stringMatching(/^[A-Z]{2,8}$/);

const validEvidence = fc.record({
  title: text(300),
  publisher: text(200),
  publishedOn: fc.oneof(realDate, realDate.map((d) => d.slice(0, 7)), realDate.map((d) => d.slice(0, 4))),
  url: fc.oneof(fc.constant(""), fc.webUrl({ validSchemes: ["http", "https"] })),
  paraphrase: text(2000),
  quote: optional(2000),
  note: optional(1000),
  sourceKey: optional(20),
});

const validStance = fc.record({
  mode: fc.constantFrom("new", "correct"),
  validFrom: realDate,
  position: fc.constantFrom(...POSITION_CHOICES),
  salience: fc.integer({ min: 1, max: 5 }).map(String),
  confidence: fc.constantFrom(...CONFIDENCES),
  summary: text(2000),
  evidence: fc.array(validEvidence, { minLength: 1, maxLength: 3 }),
  version: versionString,
});

const validActor = fc.record({
  code: actorCode,
  name: text(120),
  shortName: text(40),
  color: fc.constantFrom(...ACTOR_PALETTE),
  displayOrder: orderString,
  description: optional(2000),
  version: versionString,
});

const validIssue = fc.record({
  slug: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,4}$/),
  title: text(120),
  cluster: fc.constantFrom(...CLUSTER_IDS),
  definition: text(2000),
  // The form sends scale.0 .. scale.4, which the form parser turns into an object; callers may also send a list.
  scale: fc.oneof(
    fc.array(text(200), { minLength: 5, maxLength: 5 }),
    fc.array(text(200), { minLength: 5, maxLength: 5 }).map((l) => Object.fromEntries(l.map((v, i) => [String(i), v]))),
  ),
  displayOrder: orderString,
  version: versionString,
});

const validEvent = fc
  .record({
    date: realDate,
    days: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 400 })),
    title: text(200),
    description: text(4000),
    confidence: fc.constantFrom(...CONFIDENCES),
    actors: fc.oneof(fc.array(actorCode, { maxLength: 6 }), actorCode),
    version: versionString,
  })
  .map(({ days, ...e }) => {
    const end = days === null ? "" : new Date(Date.parse(e.date) + days * 86_400_000).toISOString().slice(0, 10);
    return { ...e, endDate: end > "2999-12-31" ? "" : end };
  });

const validUser = fc.record({ username: fc.stringMatching(/^[a-z0-9][a-z0-9._-]{2,39}$/), role: fc.constantFrom("admin", "editor") });
const validPasswordChange = fc
  .record({ current: fc.string({ minLength: 1, maxLength: 60 }), next: fc.string({ minLength: MIN_PASSWORD, maxLength: 200 }) })
  .map((p) => ({ ...p, confirm: p.next }));
const validSignIn = fc.record({ username: text(100), password: fc.string({ minLength: 1, maxLength: 500 }), next: fc.constantFrom("/admin", "/admin/users", "") });

/** A valid input with one field replaced by that field's random or hostile value (or removed): the near misses. */
function nearMiss(valid: fc.Arbitrary<Record<string, unknown>>, fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(fields);
  return fc.tuple(valid, fc.constantFrom(...keys)).chain(([v, key]) =>
    fc.oneof({ weight: 9, arbitrary: fields[key] }, { weight: 1, arbitrary: fc.constant(undefined) }).map((x) => ({ ...v, [key]: x })),
  );
}

type Kind = "valid" | "near miss" | "random";
type Counts = Record<Kind, { generated: number; accepted: number }>;

/**
 * Parsing never throws, an accepted value satisfies `valid`, and every valid input is accepted. Inputs are drawn
 * from three pools (valid, a valid one with one field spoiled, anything), so the "accepted is valid" check runs on
 * many inputs; the counts are returned for the caller to assert.
 */
function check<T>(
  schema: { safeParse: (v: unknown) => { success: boolean; data?: T } },
  pools: { valid: fc.Arbitrary<Record<string, unknown>>; fields: Record<string, fc.Arbitrary<unknown>> },
  valid: (v: T) => void,
): Counts {
  const counts: Counts = { valid: { generated: 0, accepted: 0 }, "near miss": { generated: 0, accepted: 0 }, random: { generated: 0, accepted: 0 } };
  const arb = fc.oneof(
    pools.valid.map((input) => ({ kind: "valid" as const, input })),
    nearMiss(pools.valid, pools.fields).map((input) => ({ kind: "near miss" as const, input })),
    fc.record(pools.fields, { requiredKeys: [] }).map((input) => ({ kind: "random" as const, input })),
  );
  // Counted only on the first pass: fast-check re-runs a failing property while shrinking it.
  let shrinking = false;
  fc.assert(
    fc.property(arb, ({ kind, input }) => {
      let r: { success: boolean; data?: T };
      expect(() => (r = schema.safeParse(input))).not.toThrow();
      if (!shrinking) {
        counts[kind].generated += 1;
        if (r!.success) counts[kind].accepted += 1;
      }
      try {
        if (kind === "valid") expect(r!.success, `a valid input was refused: ${JSON.stringify(input)}`).toBe(true);
        if (r!.success) valid(r!.data as T);
      } catch (e) {
        shrinking = true;
        throw e;
      }
    }),
    RUNS,
  );
  return counts;
}

/**
 * The property ran on enough accepted inputs to mean something: every valid input was accepted, and at least a
 * fifth of the runs were (about a third are drawn valid); near misses and random inputs were mostly refused.
 * (Bounds sit five standard deviations below the expected counts, so they hold on every seed.)
 */
function expectCounts(c: Counts) {
  const total = c.valid.generated + c["near miss"].generated + c.random.generated;
  expect(total).toBe(RUNS.numRuns);
  expect(c.valid.generated).toBeGreaterThanOrEqual(RUNS.numRuns / 5);
  expect(c.valid.accepted).toBe(c.valid.generated);
  expect(c.valid.accepted + c["near miss"].accepted + c.random.accepted).toBeGreaterThanOrEqual(RUNS.numRuns / 5);
  expect(c["near miss"].accepted).toBeLessThan(c["near miss"].generated);
  expect(c.random.accepted).toBeLessThan(c.random.generated);
}

describe("[security] admin form schemas under random and hostile input (property)", () => {
  it("evidence: only http/https links survive; dates are real", () => {
    expectCounts(check(evidenceInput, { valid: validEvidence, fields: EVIDENCE_FIELDS }, (e) => {
      expect(safeUrl(e.url)).toBe(true);
      expect(isPartialIsoDate(e.publishedOn)).toBe(true);
      expect(e.title.length).toBeGreaterThan(0);
      expect(e.paraphrase.trim()).toBe(e.paraphrase);
    }));
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
    const fields = {
      mode: fc.oneof(fc.constantFrom("new", "correct"), anyValue),
      validFrom: isoDateish,
      position: fc.oneof(fc.constantFrom("none", "-2", "-1", "0", "1", "2", "3", "-3", "1.5", " 2", "+1", "02", "null"), anyValue),
      salience: fc.oneof(fc.integer({ min: -3, max: 8 }).map(String), anyValue),
      confidence: fc.oneof(fc.constantFrom("low", "medium", "high"), anyValue),
      summary: anyValue,
      evidence: fc.oneof(fc.array(evidenceArb(), { maxLength: 3 }), anyValue),
      version: fc.oneof(fc.nat().map(String), anyValue),
    };
    expectCounts(check(stanceInput, { valid: validStance, fields }, (s) => {
      expect(s.position === null || [-2, -1, 0, 1, 2].includes(s.position)).toBe(true);
      expect(Number.isInteger(s.salience) && s.salience >= 1 && s.salience <= 5).toBe(true);
      expect(["low", "medium", "high"]).toContain(s.confidence);
      if (s.mode === "new") expect(isIsoDate(s.validFrom)).toBe(true);
      expect(s.evidence.length).toBeGreaterThan(0);
      for (const e of s.evidence) expect(safeUrl(e.url)).toBe(true);
      expect(Number.isInteger(s.version) && s.version >= 0).toBe(true);
    }));
  });

  it("actor: code of capitals, a palette colour, display order in range", () => {
    const fields = {
      code: fc.oneof(fc.constantFrom("ROK", "XSS1", "rok", "A", "ABCDEFGHI"), anyValue),
      name: anyValue,
      shortName: anyValue,
      color: anyValue,
      displayOrder: fc.oneof(fc.integer({ min: -5, max: 1200 }).map(String), anyValue),
      description: anyValue,
      version: fc.oneof(fc.nat().map(String), anyValue),
    };
    expectCounts(check(actorInput, { valid: validActor, fields }, (a) => {
      expect(a.code).toMatch(/^[A-Z]{2,8}$/);
      expect(a.displayOrder >= 0 && a.displayOrder <= 999).toBe(true);
      expect(a.color).toMatch(/^#[0-9a-fA-F]{6}$/);
    }));
  });

  it("issue: slug pattern, five scale labels", () => {
    const fields = {
      slug: fc.oneof(fc.constantFrom("missile-scope", "a--b", "-a", "A"), anyValue),
      title: anyValue,
      cluster: anyValue,
      definition: anyValue,
      scale: fc.oneof(fc.array(anyValue, { maxLength: 6 }), fc.dictionary(fc.constantFrom("0", "1", "2", "3", "4"), anyValue), anyValue),
      displayOrder: fc.oneof(fc.integer({ min: -5, max: 1200 }).map(String), anyValue),
      version: fc.oneof(fc.nat().map(String), anyValue),
    };
    expectCounts(check(issueInput, { valid: validIssue, fields }, (i) => {
      expect(i.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(i.scale).toHaveLength(5);
      for (const l of i.scale) expect(l.length).toBeGreaterThan(0);
    }));
  });

  it("event: real dates, end not before start, actor codes only", () => {
    const fields = {
      date: isoDateish,
      endDate: fc.oneof(isoDateish, fc.constant("")),
      title: anyValue,
      description: anyValue,
      confidence: anyValue,
      actors: fc.oneof(fc.array(fc.oneof(fc.constantFrom("ROK", "DPRK"), hostile), { maxLength: 4 }), anyValue),
      version: fc.oneof(fc.nat().map(String), anyValue),
    };
    expectCounts(check(eventInput, { valid: validEvent, fields }, (e) => {
      expect(isIsoDate(e.date)).toBe(true);
      if (e.endDate !== null) {
        expect(isIsoDate(e.endDate)).toBe(true);
        expect(e.endDate >= e.date).toBe(true);
      }
      for (const a of e.actors) expect(a).toMatch(/^[A-Z]{2,8}$/);
    }));
  });

  it("users, passwords and sign-in: usernames match the rule, passwords within bounds", () => {
    expectCounts(check(userCreateInput, { valid: validUser, fields: { username: anyValue, role: anyValue } }, (u) => {
      expect(u.username).toMatch(USERNAME_RULE);
      expect(["admin", "editor"]).toContain(u.role);
    }));
    expectCounts(check(passwordChangeInput, { valid: validPasswordChange, fields: { current: anyValue, next: anyValue, confirm: anyValue } }, (p) => {
      expect(p.next.length).toBeGreaterThanOrEqual(12);
      expect(p.next).toBe(p.confirm);
    }));
    expectCounts(check(signInInput, { valid: validSignIn, fields: { username: anyValue, password: anyValue, next: anyValue } }, (s) => {
      expect(s.username.length).toBeGreaterThan(0);
      expect(s.password.length).toBeLessThanOrEqual(500);
    }));
  });
});
