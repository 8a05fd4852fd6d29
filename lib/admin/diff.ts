/** Readable before/after differences of audit snapshots. Pure. */

export type FieldChange = { field: string; before: string; after: string };

function show(v: unknown): string {
  if (v === null || v === undefined) return "—";
  if (typeof v === "string") return v === "" ? "(empty)" : v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

/** Field-by-field changes between two snapshots (either may be null: create or delete), version excluded. */
export function diffSnapshots(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter(
    (k) => k !== "version" && k !== "updatedAt",
  );
  const out: FieldChange[] = [];
  for (const k of keys) {
    const b = before?.[k];
    const a = after?.[k];
    if (Array.isArray(b) || Array.isArray(a)) {
      const bl = (Array.isArray(b) ? b : []) as unknown[];
      const al = (Array.isArray(a) ? a : []) as unknown[];
      for (let i = 0; i < Math.max(bl.length, al.length); i++) {
        const bi = (bl[i] ?? null) as Record<string, unknown> | null;
        const ai = (al[i] ?? null) as Record<string, unknown> | null;
        if (bi && ai && typeof bi === "object" && typeof ai === "object") {
          for (const c of diffSnapshots(bi, ai)) out.push({ ...c, field: `${k} ${i + 1}: ${c.field}` });
        } else if (JSON.stringify(bi) !== JSON.stringify(ai)) {
          out.push({ field: `${k} ${i + 1}`, before: summarize(bi), after: summarize(ai) });
        }
      }
      continue;
    }
    if (JSON.stringify(b ?? null) !== JSON.stringify(a ?? null)) out.push({ field: k, before: show(b), after: show(a) });
  }
  return out;
}

function summarize(v: unknown): string {
  if (v && typeof v === "object" && "title" in v) return String((v as { title: unknown }).title);
  return show(v);
}
