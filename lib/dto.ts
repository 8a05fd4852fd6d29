/**
 * The shapes of the stance data the views carry, written once: db/queries returns them, components take them
 * (components may not import db/, so the types live here). Pure types and two small projections.
 */
import { isUnsourced, type Confidence } from "./domain";

/** One evidence item of a stance. */
export type EvidenceDto = {
  title: string;
  publisher: string;
  date: string;
  url: string | null;
  paraphrase: string;
  quote: string | null;
  note: string | null;
};

/** A coded stance as db/queries reads it (evidence loaded or not; `evidenceCount` is always set). */
export type StanceDto = {
  id: number;
  actor: string;
  issue: string;
  counterpart: string | null;
  position: number | null;
  salience: number;
  confidence: Confidence;
  summary: string;
  /** The coder's note: what is inferred or carried forward, why the stance is unsourced. */
  note: string | null;
  validFrom: string;
  validUntil: string | null;
  version: number;
  /** How many evidence items the stance has (set even when the items themselves are not loaded). */
  evidenceCount: number;
  /** Who coded it (the account that created the row), and when and by whom it was last approved in review. */
  codedBy: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  evidence: EvidenceDto[];
};

/** An actor as the views label it (the matrix's column heads, the compare markers). */
export type ActorRef = { code: string; name: string; shortName: string; color: string };

/** What a reader's view of a stance needs (compare): the figures, the summary and note, the sources by line. */
export type StanceView = Pick<StanceDto, "id" | "actor" | "issue" | "counterpart" | "position" | "salience" | "confidence" | "summary" | "note" | "validFrom"> & {
  evidence: Pick<EvidenceDto, "title" | "publisher" | "date" | "url">[];
};

/** A stance reduced to what a reader's view needs (the props sent to the browser stay small). */
export function toStanceView(s: Pick<StanceDto, keyof StanceView> & { evidence: EvidenceDto[] | StanceView["evidence"] }): StanceView {
  return {
    id: s.id,
    actor: s.actor,
    issue: s.issue,
    counterpart: s.counterpart,
    position: s.position,
    salience: s.salience,
    confidence: s.confidence,
    summary: s.summary,
    note: s.note,
    validFrom: s.validFrom,
    evidence: s.evidence.map((e) => ({ title: e.title, publisher: e.publisher, date: e.date, url: e.url })),
  };
}

/**
 * A stance in force as a matrix cell tuple: [id, actor, issue, counterpart, position, salience, confidence,
 * unsourced]. Compact on purpose: these are what React's inline payload carries for the whole matrix.
 */
export type StanceTuple = [
  id: StanceDto["id"],
  actor: StanceDto["actor"],
  issue: StanceDto["issue"],
  counterpart: StanceDto["counterpart"],
  position: StanceDto["position"],
  salience: StanceDto["salience"],
  confidence: StanceDto["confidence"],
  unsourced: 0 | 1,
];

export function toStanceTuple(s: Pick<StanceDto, "id" | "actor" | "issue" | "counterpart" | "position" | "salience" | "confidence" | "evidenceCount">): StanceTuple {
  return [s.id, s.actor, s.issue, s.counterpart, s.position, s.salience, s.confidence, isUnsourced(s) ? 1 : 0];
}
