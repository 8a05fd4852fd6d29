/** Form plumbing shared by every admin form: FormData -> plain object, zod errors -> per-field messages. Pure. */
import type { z } from "zod";

export type FieldErrors = Record<string, string[]>;
export type FormValues = Record<string, unknown>;

export type FormState<C = unknown> =
  | { status: "idle"; at?: number }
  | { status: "invalid"; at: number; message: string; fieldErrors: FieldErrors; values: FormValues }
  | { status: "error"; at: number; message: string; values: FormValues }
  | { status: "conflict"; at: number; message: string; values: FormValues; current: C; currentVersion: number }
  | { status: "saved"; at: number; message: string; values?: FormValues; secret?: string };

export const IDLE: FormState = { status: "idle" };

/**
 * `evidence.0.title` style names become nested objects/arrays; a name given several times (checkboxes) becomes
 * an array. Files and `$ACTION...` fields (Next's own) are dropped.
 */
export function formDataToObject(fd: FormData): FormValues {
  const out: FormValues = {};
  const seen = new Set<string>();
  for (const [name, value] of fd.entries()) {
    if (name.startsWith("$ACTION") || typeof value !== "string") continue;
    const path = name.split(".");
    let node: Record<string, unknown> = out;
    for (let i = 0; i < path.length - 1; i++) {
      const key = path[i];
      const next = node[key];
      if (typeof next !== "object" || next === null) node[key] = /^\d+$/.test(path[i + 1]) ? [] : {};
      node = node[key] as Record<string, unknown>;
    }
    const leaf = path[path.length - 1];
    if (seen.has(name)) {
      const prev = node[leaf];
      node[leaf] = Array.isArray(prev) ? [...prev, value] : [prev, value];
    } else node[leaf] = value;
    seen.add(name);
  }
  // Arrays built from indexed names may have holes (an item removed in the browser): compact them.
  return compact(out) as FormValues;
}

function compact(v: unknown): unknown {
  if (Array.isArray(v)) return v.filter((x) => x !== undefined).map(compact);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, compact(x)]));
  return v;
}

/** Every message per field path ("evidence.0.url"); errors without a path go under "_form". */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** A field's value from kept form values, as a string for an input's defaultValue. */
export function valueAt(values: FormValues | undefined, path: string): string {
  let node: unknown = values;
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object") return "";
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === "string" || typeof node === "number" ? String(node) : "";
}
