/**
 * As-of resolution: which stance is in force for each actor x issue (x counterpart) on a given date.
 * A stance holds from its validFrom until the next stance of the same series starts, or through its
 * validUntil where one is set; after that the series has no stated position.
 */

export type Dated = {
  actor: string;
  issue: string;
  counterpart: string | null;
  validFrom: string;
  validUntil: string | null;
};

export function seriesKey(s: Pick<Dated, "actor" | "issue" | "counterpart">): string {
  return `${s.actor}|${s.issue}|${s.counterpart ?? ""}`;
}

/** The stance in force on `asOf` for every series that has one. Input order does not matter. */
export function resolveAsOf<T extends Dated>(stances: readonly T[], asOf: string): T[] {
  const latest = new Map<string, T>();
  for (const s of stances) {
    if (s.validFrom > asOf) continue;
    const key = seriesKey(s);
    const current = latest.get(key);
    if (!current || s.validFrom > current.validFrom) latest.set(key, s);
  }
  return [...latest.values()].filter((s) => s.validUntil === null || s.validUntil >= asOf);
}

/** True when `s` is in force on `asOf`, given the start of the next stance of its series (if any). */
export function inForce(s: Dated, nextValidFrom: string | null, asOf: string): boolean {
  if (s.validFrom > asOf) return false;
  if (nextValidFrom !== null && nextValidFrom <= asOf) return false;
  return s.validUntil === null || s.validUntil >= asOf;
}
