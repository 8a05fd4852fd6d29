/** The compare view's issue order (components/compare/CompareView.tsx and its embed). Pure. */
import type { IssueGap } from "./divergence";
import { CLUSTERS } from "./domain";
import type { StanceDto } from "./dto";

export type CompareSort = "gap" | "weighted" | "cluster";

/**
 * Gaps in the chosen order: largest gap first (then weighted gap), largest weighted gap first (then gap), or by
 * cluster; ties keep the issues' own order. `issues` gives that order and each issue's cluster.
 */
export function sortGaps(gaps: readonly IssueGap[], sort: CompareSort, issues: readonly { slug: string; cluster: string }[]): IssueGap[] {
  const order = new Map(issues.map((i, n) => [i.slug, n]));
  const clusterOf = new Map(issues.map((i) => [i.slug, i.cluster]));
  const clusterRank = (slug: string) => {
    const n = CLUSTERS.findIndex((c) => c.id === clusterOf.get(slug));
    return n < 0 ? 99 : n;
  };
  return [...gaps].sort((x, y) => {
    const ox = order.get(x.issue)! - order.get(y.issue)!;
    if (sort === "cluster") return clusterRank(x.issue) - clusterRank(y.issue) || ox;
    const k = (g: IssueGap) => (sort === "gap" ? [g.distance ?? -1, g.weightedGap ?? -1] : [g.weightedGap ?? -1, g.distance ?? -1]);
    const [x1, x2] = k(x);
    const [y1, y2] = k(y);
    return y1 - x1 || y2 - x2 || ox;
  });
}

/** A source of a stance as the comparison cites it: publisher, date, link. */
export type CompareSource = { publisher: string; date: string; url: string | null };

/** A stance as the comparison shows it: the figures, summary and note, and its first sources (at most three). */
export type CompareStance = Pick<
  StanceDto,
  "id" | "actor" | "issue" | "counterpart" | "position" | "salience" | "confidence" | "summary" | "note" | "validFrom" | "evidenceCount"
> & {
  /** The first sources (the comparison lists COMPARE_SOURCES; "unsourced" when `evidenceCount` is 0). */
  evidence: CompareSource[];
};

/** How many sources of a stance the comparison lists; the issue page has them all. */
export const COMPARE_SOURCES = 3;

/**
 * A stance as a tuple, the form the compare view's client component receives: its props are serialized into the
 * page's inline payload, where repeated keys of 26 objects would cost more than the figures themselves. The coder's
 * note is an index into a table of distinct notes (a note such as "no source read restates this government's
 * line" recurs on many issues), or -1 without one.
 */
export type PackedStance = [
  id: number,
  actor: string,
  issue: string,
  counterpart: string | null,
  position: number | null,
  salience: number,
  confidence: CompareStance["confidence"],
  summary: string,
  note: number,
  validFrom: string,
  evidenceCount: number,
  evidence: [publisher: string, date: string, url: string | null][],
];

type StanceLike = Omit<CompareStance, "evidence" | "evidenceCount"> & { evidence: readonly CompareSource[] };

/** Both sides' stances as tuples, with the table of their distinct notes. */
export function packStances(a: readonly StanceLike[], b: readonly StanceLike[]): { a: PackedStance[]; b: PackedStance[]; notes: string[] } {
  const notes: string[] = [];
  const index = new Map<string, number>();
  const noteIndex = (note: string | null) => {
    if (note === null) return -1;
    if (!index.has(note)) index.set(note, notes.push(note) - 1);
    return index.get(note)!;
  };
  const pack = (s: StanceLike): PackedStance => [
    s.id,
    s.actor,
    s.issue,
    s.counterpart,
    s.position,
    s.salience,
    s.confidence,
    s.summary,
    noteIndex(s.note),
    s.validFrom,
    s.evidence.length,
    s.evidence.slice(0, COMPARE_SOURCES).map((e) => [e.publisher, e.date, e.url]),
  ];
  return { a: a.map(pack), b: b.map(pack), notes };
}

export function unpackStance(
  [id, actor, issue, counterpart, position, salience, confidence, summary, note, validFrom, evidenceCount, evidence]: PackedStance,
  notes: readonly string[],
): CompareStance {
  return {
    id,
    actor,
    issue,
    counterpart,
    position,
    salience,
    confidence,
    summary,
    note: note < 0 ? null : notes[note],
    validFrom,
    evidenceCount,
    evidence: evidence.map(([publisher, date, url]) => ({ publisher, date, url })),
  };
}
