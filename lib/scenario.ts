/**
 * What-if scenarios: hypothetical positions layered over the stances in force, never saved. Kept in the URL as
 * `scenario=JPN.sequencing:-1,ROK.sanctions-relief:0` (actor code, issue slug, position -2..+2). Pure.
 *
 * Applying a scenario replaces the position of every stance of that actor on that issue (for directed issues,
 * toward every counterpart). Where the actor has no stance on the issue, the scenario adds one with salience 3
 * (the midpoint), flagged so the view can say so.
 */
import { SCALE_MAX, SCALE_MIN } from "./divergence";
import { fail, type Parsed } from "./params";
import type { PairCell } from "./pairs";

export type ScenarioEntry = { actor: string; issue: string; position: number };

export const ASSUMED_SALIENCE = 3;
const MAX_ENTRIES = 40;

export function serializeScenario(entries: readonly ScenarioEntry[]): string {
  return entries.map((e) => `${e.actor}.${e.issue}:${e.position}`).join(",");
}

/** Parses the `scenario` parameter; missing or empty is an empty scenario. */
export function parseScenario(
  raw: string | string[] | undefined,
  known: { actors: readonly string[]; issues: readonly string[] },
): Parsed<ScenarioEntry[]> {
  if (Array.isArray(raw)) return fail(`Give scenario once, not ${raw.length} times.`, "once", { name: "scenario", count: raw.length });
  if (raw === undefined || raw.trim() === "") return { ok: true, value: [] };
  const parts = raw.split(",").map((p) => p.trim()).filter(Boolean);
  if (parts.length > MAX_ENTRIES) return fail(`A scenario has at most ${MAX_ENTRIES} changes (got ${parts.length}).`, "scenarioTooMany", { max: MAX_ENTRIES, count: parts.length });
  const entries: ScenarioEntry[] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    const m = /^([A-Za-z]{2,8})\.([a-z0-9-]+):([+-]?\d+)$/.exec(part);
    const shown = part.length > 40 ? `${part.slice(0, 40)}…` : part;
    if (!m)
      return fail(`Scenario entry "${shown}" is not in the form ACTOR.issue:position, e.g. JPN.sequencing:-1.`, "scenarioForm", { got: shown });
    const [, actor, issue, pos] = m;
    if (!known.actors.includes(actor))
      return fail(`Scenario entry "${shown}": unknown actor "${actor}". Known: ${known.actors.join(", ")}.`, "scenarioActor", { got: shown, actor, known: known.actors.join(", ") });
    if (!known.issues.includes(issue)) return fail(`Scenario entry "${shown}": unknown issue "${issue}".`, "scenarioIssue", { got: shown, issue });
    const position = Number(pos);
    if (!Number.isInteger(position) || position < SCALE_MIN || position > SCALE_MAX)
      return fail(`Scenario entry "${shown}": the position must be a whole number from ${SCALE_MIN} to +${SCALE_MAX}.`, "scenarioPosition", { got: shown, min: SCALE_MIN, max: SCALE_MAX });
    const key = `${actor}.${issue}`;
    if (seen.has(key)) return fail(`Scenario moves ${key} twice; give each actor and issue once.`, "scenarioTwice", { got: key });
    seen.add(key);
    entries.push({ actor, issue, position });
  }
  return { ok: true, value: entries };
}

export type ScenarioCell<T> = T & { scenario?: { from: number | null; assumedSalience: boolean } };

/** The cells with the scenario's positions applied; changed cells carry `scenario.from` (the real position). */
export function applyScenario<T extends PairCell>(cells: readonly T[], entries: readonly ScenarioEntry[], make?: (e: ScenarioEntry) => T): ScenarioCell<T>[] {
  if (!entries.length) return [...cells];
  const byKey = new Map(entries.map((e) => [`${e.actor}|${e.issue}`, e]));
  const touched = new Set<string>();
  const out: ScenarioCell<T>[] = cells.map((c) => {
    const e = byKey.get(`${c.actor}|${c.issue}`);
    if (!e) return c;
    touched.add(`${c.actor}|${c.issue}`);
    if (c.position === e.position) return c;
    return { ...c, position: e.position, scenario: { from: c.position, assumedSalience: false } };
  });
  for (const e of entries) {
    if (touched.has(`${e.actor}|${e.issue}`)) continue;
    const base = make
      ? make(e)
      : ({ actor: e.actor, issue: e.issue, counterpart: null, position: e.position, salience: ASSUMED_SALIENCE } as T);
    out.push({ ...base, position: e.position, salience: ASSUMED_SALIENCE, scenario: { from: null, assumedSalience: true } });
  }
  return out;
}

/** Adds or replaces one entry (a move back to the real position removes it). */
export function setScenarioEntry(entries: readonly ScenarioEntry[], next: ScenarioEntry, real: number | null | undefined): ScenarioEntry[] {
  const rest = entries.filter((e) => !(e.actor === next.actor && e.issue === next.issue));
  return real === next.position ? rest : [...rest, next];
}
