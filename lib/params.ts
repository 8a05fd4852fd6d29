/**
 * Parsing of URL parameters shared by pages and the read API. Pure; errors are messages for people: `error` in
 * English (the read API answers with it), `issues` as message keys of the "Errors" namespace with their values,
 * for pages to show in their language (`parseErrorText`).
 */
import { isIsoDate, queryDateOutOfSpanIssue, todayIso } from "./dates";

/** The keys of the "Errors" catalogue namespace that a parse failure can name. */
export type ParseErrorKey =
  | "once"
  | "date"
  | "tooEarly"
  | "tooLate"
  | "unknownValues"
  | "oneOf"
  | "notPair"
  | "pairUnknown"
  | "pairSelf"
  | "pairsEmpty"
  | "pairsMax"
  | "positiveInt"
  | "pageNumber"
  | "rangeOrder"
  | "windowOrder"
  | "eventsUnknown"
  | "eventsMax"
  | "scenarioTooMany"
  | "scenarioForm"
  | "scenarioActor"
  | "scenarioIssue"
  | "scenarioPosition"
  | "scenarioTwice";

/** One reason a parameter was refused: a message key and its values (`name` is the parameter's name). */
export type ParseIssue = { key: ParseErrorKey; values: Record<string, string | number> };

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string; issues?: ParseIssue[] };

/** A failure with its English message and its key. */
export function fail(error: string, key: ParseErrorKey, values: Record<string, string | number>): { ok: false; error: string; issues: ParseIssue[] } {
  return { ok: false, error, issues: [{ key, values }] };
}

/** The parameter names a message may show, by their label key in the "Errors" namespace. */
const PARAM_LABEL_KEYS = {
  asOf: "param.asOf",
  from: "param.from",
  to: "param.to",
  stance: "param.stance",
  actor: "param.actor",
  actors: "param.actors",
  a: "param.a",
  b: "param.b",
  page: "param.page",
  cluster: "param.cluster",
  scenario: "param.scenario",
  events: "param.events",
  pairs: "param.pairs",
} as const;
type ParamLabelKey = (typeof PARAM_LABEL_KEYS)[keyof typeof PARAM_LABEL_KEYS];

/** A translator of the "Errors" namespace (next-intl's `t`, or any function with its shape). */
export type ErrorTranslator = (key: ParseErrorKey | ParamLabelKey, values?: Record<string, string | number>) => string;

/**
 * The message of one or more failed parses in the page's language: each issue through `t` (the parameter's name
 * shown by its label), joined; a failure without issues (built elsewhere) keeps its English `error`.
 */
export function parseErrorText(failures: readonly ({ ok: true } | { ok: false; error: string; issues?: readonly ParseIssue[] })[], t: ErrorTranslator): string {
  const out: string[] = [];
  for (const p of failures) {
    if (p.ok) continue;
    if (!p.issues?.length) {
      out.push(p.error);
      continue;
    }
    for (const issue of p.issues) {
      const name = issue.values.name;
      const label = typeof name === "string" && name in PARAM_LABEL_KEYS ? t(PARAM_LABEL_KEYS[name as keyof typeof PARAM_LABEL_KEYS]) : name;
      out.push(t(issue.key, name === undefined ? issue.values : { ...issue.values, name: label ?? "" }));
    }
  }
  return out.join(" ");
}

type Raw = string | string[] | undefined;

/** The values of a record of parsed parameters, by name. */
export type ParsedValues<T extends Record<string, Parsed<unknown>>> = { [K in keyof T]: T[K] extends Parsed<infer V> ? V : never };

/**
 * Several parsed parameters as one result: their values by name when all parsed, else every error joined into one
 * message (in the order given). `const p = parseAll({ actor, issue }); if (!p.ok) ...; p.value.actor` keeps the types.
 */
export function parseAll<T extends Record<string, Parsed<unknown>>>(parsed: T): Parsed<ParsedValues<T>> {
  const errors: string[] = [];
  const issues: ParseIssue[] = [];
  const values: Record<string, unknown> = {};
  for (const [name, p] of Object.entries(parsed)) {
    if (p.ok) values[name] = p.value;
    else {
      errors.push(p.error);
      issues.push(...(p.issues ?? []));
    }
  }
  if (errors.length) return { ok: false, error: errors.join(" "), issues };
  return { ok: true, value: values as ParsedValues<T> };
}

function single(name: string, raw: Raw): Parsed<string | undefined> {
  if (Array.isArray(raw)) return fail(`Give ${name} once, not ${raw.length} times.`, "once", { name, count: raw.length });
  return { ok: true, value: raw === undefined || raw === "" ? undefined : raw };
}

/** `asOf`: a real calendar date in YYYY-MM-DD form; missing means today. */
export function parseDateParam(name: string, raw: Raw, fallback: string = todayIso()): Parsed<string> {
  const s = single(name, raw);
  if (!s.ok) return s;
  if (s.value === undefined) return { ok: true, value: fallback };
  if (!isIsoDate(s.value))
    return fail(`${name} must be a real date in YYYY-MM-DD form, e.g. 2019-03-01 (got "${truncate(s.value)}").`, "date", { name, got: truncate(s.value) });
  const outside = queryDateOutOfSpanIssue(name, s.value);
  if (outside) return { ok: false, error: outside.error, issues: [outside.issue] };
  return { ok: true, value: s.value };
}

/** A comma-separated list of known codes (e.g. actors=ROK,JPN); missing means all. */
export function parseCodeList(name: string, raw: Raw, known: readonly string[]): Parsed<string[] | undefined> {
  const s = single(name, raw);
  if (!s.ok) return s;
  if (s.value === undefined) return { ok: true, value: undefined };
  const codes = s.value.split(",").map((c) => c.trim()).filter(Boolean);
  const unknown = codes.filter((c) => !known.includes(c));
  if (unknown.length || codes.length === 0)
    return fail(`${name} has unknown values: ${unknown.map((u) => `"${truncate(u)}"`).join(", ") || "(empty)"}. Known: ${known.join(", ")}.`, "unknownValues", {
      name,
      got: unknown.map((u) => `"${truncate(u)}"`).join(", ") || "(empty)",
      known: known.join(", "),
    });
  return { ok: true, value: [...new Set(codes)] };
}

/** One value from a fixed set; missing means undefined. */
export function parseChoice(name: string, raw: Raw, known: readonly string[]): Parsed<string | undefined> {
  const s = single(name, raw);
  if (!s.ok) return s;
  if (s.value === undefined) return { ok: true, value: undefined };
  if (!known.includes(s.value))
    return fail(`${name} must be one of ${known.join(", ")} (got "${truncate(s.value)}").`, "oneOf", { name, known: known.join(", "), got: truncate(s.value) });
  return { ok: true, value: s.value };
}

/** Names of parameters outside `allowed`, for a clear 400 instead of silently ignoring a typo. */
export function unknownParams(names: Iterable<string>, allowed: readonly string[]): string | null {
  const extra = [...new Set(names)].filter((n) => !allowed.includes(n));
  if (!extra.length) return null;
  return `Unknown parameter${extra.length > 1 ? "s" : ""} ${extra.map((n) => `"${truncate(n)}"`).join(", ")}; this endpoint accepts ${allowed.join(", ")}.`;
}

function truncate(value: string, max = 40): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/** One known code (e.g. a=ROK); missing means `fallback`. */
export function parseCode(name: string, raw: Raw, known: readonly string[], fallback?: string): Parsed<string | undefined> {
  const s = single(name, raw);
  if (!s.ok) return s;
  if (s.value === undefined) return { ok: true, value: fallback };
  if (!known.includes(s.value))
    return fail(`${name} must be one of ${known.join(", ")} (got "${truncate(s.value)}").`, "oneOf", { name, known: known.join(", "), got: truncate(s.value) });
  return { ok: true, value: s.value };
}

/** Actor pairs as `ROK-JPN,USA-JPN`: known, distinct codes; duplicates (in either order) are dropped. */
export function parsePairs(name: string, raw: Raw, known: readonly string[], max = 10): Parsed<[string, string][] | undefined> {
  const s = single(name, raw);
  if (!s.ok) return s;
  if (s.value === undefined) return { ok: true, value: undefined };
  const out: [string, string][] = [];
  const seen = new Set<string>();
  for (const part of s.value.split(",").map((p) => p.trim()).filter(Boolean)) {
    const codes = part.split("-");
    if (codes.length !== 2 || !codes[0] || !codes[1])
      return fail(`${name}: "${truncate(part)}" is not a pair; write pairs as A-B, e.g. ROK-JPN,USA-JPN.`, "notPair", { name, got: truncate(part) });
    const [a, b] = codes;
    const unknown = codes.filter((c) => !known.includes(c));
    if (unknown.length) {
      const got = unknown.map((u) => `"${truncate(u)}"`).join(", ");
      return fail(`${name}: unknown actor ${got}. Known: ${known.join(", ")}.`, "pairUnknown", { name, got, known: known.join(", ") });
    }
    if (a === b) return fail(`${name}: "${part}" pairs an actor with itself; choose two different actors.`, "pairSelf", { name, got: part });
    const key = [a, b].sort().join("-");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([a, b]);
  }
  if (!out.length) return fail(`${name} is empty; write pairs as A-B, e.g. ROK-JPN,USA-JPN.`, "pairsEmpty", { name });
  if (out.length > max) return fail(`${name}: at most ${max} pairs (got ${out.length}).`, "pairsMax", { name, max, count: out.length });
  return { ok: true, value: out };
}

/** A positive whole number below 2^31 (a row id, a page number); missing means undefined. */
export function parsePositiveInt(name: string, raw: Raw): Parsed<number | undefined> {
  const s = single(name, raw);
  if (!s.ok) return s;
  if (s.value === undefined) return { ok: true, value: undefined };
  if (!/^[1-9][0-9]{0,9}$/.test(s.value) || Number(s.value) > 2 ** 31 - 1)
    return fail(`${name} must be a positive whole number (got "${truncate(s.value)}").`, "positiveInt", { name, got: truncate(s.value) });
  return { ok: true, value: Number(s.value) };
}
