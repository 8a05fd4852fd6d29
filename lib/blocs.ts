/**
 * Alignment blocs: which actors stand together on an issue or across a cluster.
 *
 * Rule (greedy from the pressure pole): sort the actors by position, lowest first (ties in the given order). A
 * bloc starts at the lowest actor not yet placed and takes every following actor whose position is within
 * `width` scale points (default 1) of that first member. So every two members of a bloc are at most `width`
 * apart, blocs never overlap, and the result does not depend on the input order beyond ties.
 *
 * On one issue the position is the actor's undirected stance (directed-only stances are left out). Across a
 * cluster it is the mean of the actor's stated positions on the cluster's issues.
 */

export type Placed = { actor: string; position: number };
export type Bloc = { members: Placed[]; min: number; max: number };

export function groupBlocs(entries: readonly Placed[], width = 1): Bloc[] {
  const sorted = entries
    .map((e, order) => ({ e, order }))
    .sort((x, y) => x.e.position - y.e.position || x.order - y.order)
    .map(({ e }) => e);
  const blocs: Bloc[] = [];
  for (const e of sorted) {
    const last = blocs.at(-1);
    if (last && e.position - last.min <= width + 1e-9) {
      last.members.push(e);
      last.max = e.position;
    } else blocs.push({ members: [e], min: e.position, max: e.position });
  }
  return blocs;
}

/** Mean stated position per actor over a set of issues (undirected stances only); actors with none are left out. */
export function meanPositions(
  cells: readonly { actor: string; issue: string; counterpart: string | null; position: number | null }[],
  actors: readonly string[],
  issues: readonly string[],
): Placed[] {
  const wanted = new Set(issues);
  const out: Placed[] = [];
  for (const actor of actors) {
    const values = cells
      .filter((c) => c.actor === actor && c.counterpart === null && c.position !== null && wanted.has(c.issue))
      .map((c) => c.position as number);
    if (values.length) out.push({ actor, position: values.reduce((s, v) => s + v, 0) / values.length });
  }
  return out;
}
