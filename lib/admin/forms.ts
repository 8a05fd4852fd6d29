/**
 * Form plumbing shared by every admin form: FormData -> plain object, zod errors -> per-field messages. Pure.
 *
 * Field names follow Conform's convention (`evidence[0].title`) and are parsed by Conform's maintained parser
 * (`parseSubmission`, which refuses `__proto__` and `constructor` segments). Before it runs, `readForm` bounds
 * what an unauthenticated client can send: the number of fields, the length and depth of each name, array
 * indices, and the reserved `prototype` segment. A form outside those bounds is refused as a whole with one
 * message, before any object is built, so no name can reach `Object.prototype` or allocate a huge array.
 */
import { formatPath, parsePath, parseSubmission } from "@conform-to/dom/future";
import { z } from "zod";

export type FieldErrors = Record<string, string[]>;
export type FormValues = Record<string, unknown>;

export type FormState<C = unknown> =
  | { status: "idle"; at?: number }
  | { status: "invalid"; at: number; message: string; fieldErrors: FieldErrors; values: FormValues }
  | { status: "error"; at: number; message: string; values: FormValues }
  | { status: "conflict"; at: number; message: string; values: FormValues; current: C; currentVersion: number }
  | { status: "saved"; at: number; message: string; values?: FormValues; secret?: string };

export const IDLE: FormState = { status: "idle" };

/** What a form may carry. Evidence is the only list (at most 30 items), two levels deep. */
export const FORM_LIMITS = {
  /** Fields per submission (a stance with 30 evidence items has about 220). */
  fields: 400,
  /** Characters per field name. */
  nameLength: 80,
  /** Segments per name: `evidence[12].title` has three. */
  depth: 3,
  /** Highest array index. */
  index: 99,
  /** Characters per value (the longest field, a summary or paraphrase, allows a few thousand). */
  valueLength: 20_000,
} as const;

/** Segments no form of ours uses and that would name an object's prototype machinery. */
const FORBIDDEN_SEGMENTS = new Set(["__proto__", "prototype", "constructor"]);

export type ReadForm = { ok: true; values: FormValues } | { ok: false; message: string; values: FormValues };

export const REFUSED_FORM =
  "This form could not be read: it has more fields, deeper or longer field names, or larger list positions than any form here sends. Nothing was saved; reload the page and try again.";

/**
 * Reads a submitted form into nested values. Next's own `$ACTION...` fields and files are dropped; a name
 * given several times becomes a list; list items removed in the browser leave no holes. Refuses (without
 * building anything) a form that breaks `FORM_LIMITS` or names a forbidden segment.
 */
export function readForm(fd: FormData): ReadForm {
  const kept = new FormData();
  let count = 0;
  for (const [name, value] of fd.entries()) {
    if (name.startsWith("$ACTION") || typeof value !== "string") continue;
    if (++count > FORM_LIMITS.fields || !acceptableName(name) || value.length > FORM_LIMITS.valueLength)
      return { ok: false, message: REFUSED_FORM, values: {} };
    kept.append(name, value);
  }
  // The intent name is one no client sends (Conform's default `__INTENT__` would otherwise be set aside).
  const { payload } = parseSubmission(kept, { intentName: "\u0000intent" });
  return { ok: true, values: compact(payload) as FormValues };
}

function acceptableName(name: string): boolean {
  if (name.length === 0 || name.length > FORM_LIMITS.nameLength) return false;
  let segments: (string | number)[];
  try {
    segments = parsePath(name);
  } catch {
    return false; // bad syntax, or a `__proto__` / `constructor` segment
  }
  if (segments.length === 0 || segments.length > FORM_LIMITS.depth) return false;
  // List positions only in brackets (`evidence[0]`); a dotted number (`a.4294967294`) is no name of ours.
  return segments.every((s) =>
    typeof s === "number" ? s <= FORM_LIMITS.index : s !== "" && !/^\d+$/.test(s) && !FORBIDDEN_SEGMENTS.has(s),
  );
}

/** Lists built from indexed names may have holes (an item removed in the browser). Bounded by FORM_LIMITS. */
function compact(v: unknown): unknown {
  if (Array.isArray(v)) return v.filter((x) => x !== undefined).map(compact);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, compact(x)]));
  return v;
}

/** Every message per field name as the form writes it (`evidence[0].url`); errors without a path go under "_form". */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length
      ? formatPath(issue.path.map((s) => (typeof s === "symbol" ? String(s) : s)))
      : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** A field's value from kept form values, as a string for an input's defaultValue. `name` as the form writes it. */
export function valueAt(values: FormValues | undefined, name: string): string {
  let node: unknown = values;
  let segments: (string | number)[];
  try {
    segments = parsePath(name);
  } catch {
    return "";
  }
  for (const key of segments) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return "";
    node = (node as Record<string | number, unknown>)[key];
  }
  return typeof node === "string" || typeof node === "number" ? String(node) : "";
}

/**
 * Arguments bound to an action on the server (`action.bind(null, id)`) come back from the browser like any other
 * input, unencrypted: each action checks their shape before using them.
 */
export const bound = {
  id: z.number().int().positive().max(2 ** 31),
  version: z.number().int().min(0).max(2 ** 31),
  flag: z.boolean(),
  code: z.string().regex(/^[A-Z]{2,8}$/),
  slug: z.string().max(60).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
};

/** True when every [schema, value] pair matches. */
export function boundOk(...pairs: [z.ZodType, unknown][]): boolean {
  return pairs.every(([schema, value]) => schema.safeParse(value).success);
}
