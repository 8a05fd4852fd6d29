import "server-only";
import { getCodingHorizon } from "./horizon";
import { getMatrix } from "./matrix";
import { isUnsourced } from "../../lib/domain";

/**
 * The read API's matrix: the shape documented in the README, optionally narrowed to actors and a cluster.
 * `codedThrough` is the coding horizon: positions on a later `asOf` are the last coded ones, not confirmed.
 */
export function matrixForApi({ asOf, actors, cluster }: { asOf: string; actors?: string[]; cluster?: string }) {
  const m = getMatrix({ asOf });
  const actorSet = actors ? new Set(actors) : null;
  const issueList = cluster ? m.issues.filter((i) => i.cluster === cluster) : m.issues;
  const issueSet = new Set(issueList.map((i) => i.slug));
  return {
    asOf: m.asOf,
    codedThrough: getCodingHorizon(),
    actors: m.actors
      .filter((a) => !actorSet || actorSet.has(a.code))
      .map((a) => ({ code: a.code, name: a.name, shortName: a.shortName, color: a.color })),
    issues: issueList.map((i) => ({ slug: i.slug, title: i.title, cluster: i.cluster, scale: i.scale })),
    cells: m.cells
      .filter((c) => (!actorSet || actorSet.has(c.actor)) && issueSet.has(c.issue))
      .map((c) => ({
        actor: c.actor,
        issue: c.issue,
        counterpart: c.counterpart,
        position: c.position,
        salience: c.salience,
        confidence: c.confidence,
        summary: c.summary,
        note: c.note,
        unsourced: isUnsourced({ position: c.position, evidenceCount: c.evidence.length }),
        validFrom: c.validFrom,
        validUntil: c.validUntil,
        evidence: c.evidence.map((e) => ({
          title: e.title,
          publisher: e.publisher,
          date: e.date,
          url: e.url,
          paraphrase: e.paraphrase,
          quote: e.quote,
          note: e.note,
        })),
      })),
  };
}

export type ApiMatrix = ReturnType<typeof matrixForApi>;

export const STANCES_CSV_HEADER = [
  "as_of", "actor", "actor_name", "issue", "issue_title", "cluster", "counterpart", "position", "position_label",
  "salience", "confidence", "summary", "note", "valid_from", "valid_until", "evidence_count", "sources", "coded_through",
] as const;

/** The sources column: the evidence, or the unsourced mark (never a borrowed source). */
export const UNSOURCED = "UNSOURCED";

/** One row per cell of the matrix, in the API's order. */
export function matrixCsvRows(m: ApiMatrix) {
  const actorName = new Map(m.actors.map((a) => [a.code, a.name]));
  const issue = new Map(m.issues.map((i) => [i.slug, i]));
  return m.cells.map((c) => {
    const i = issue.get(c.issue)!;
    return [
      m.asOf, c.actor, actorName.get(c.actor), c.issue, i.title, i.cluster, c.counterpart, c.position,
      c.position === null ? "No stated position" : i.scale.find((p) => p.value === c.position)?.label,
      c.salience, c.confidence, c.summary, c.note, c.validFrom, c.validUntil, c.evidence.length,
      isUnsourced({ position: c.position, evidenceCount: c.evidence.length }) ? UNSOURCED : c.evidence.map((e) => `${e.publisher} (${e.date})`).join("; "),
      m.codedThrough,
    ];
  });
}
