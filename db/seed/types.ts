import type { ClusterId, Confidence, ScaleLabels, ScaleValue } from "../../lib/domain";

/** ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

export type ActorSeed = {
  code: string; // "ROK"
  name: string; // "Republic of Korea (South Korea)"
  shortName: string; // "South Korea"
  color: string; // hex, from the colour-blind-safe palette in lib/palette.ts
  displayOrder: number;
  description: string;
};

export type IssueSeed = {
  slug: string;
  key: string; // FACTS.md id, "I01"
  title: string;
  cluster: ClusterId;
  definition: string;
  /** Labels for -2, -1, 0, +1, +2 (every point labelled, not just the poles). */
  scale: ScaleLabels;
  displayOrder: number;
};

/** One source of FACTS.md section E, keyed "S0".."S77". */
export type SourceSeed = {
  title: string;
  publisher: string;
  /** YYYY-MM-DD, or YYYY-MM / YYYY where the source list gives no day. */
  date: string;
  url?: string;
};

export type EvidenceSeed = {
  source: string; // key into SOURCES, e.g. "S0"
  /** Overrides of the source's own title/publisher/date, where the row cites a specific item. */
  title?: string;
  publisher?: string;
  date?: string;
  url?: string;
  paraphrase: string;
  /** Only where FACTS.md marks a checked quote with quotation marks. */
  quote?: string;
  /** Caveats (FACTS.md warning sign). */
  note?: string;
};

export type StanceSeed = {
  actor: string;
  issue: string; // slug
  /** Directed stances only (summit diplomacy): the actor this stance is toward. */
  counterpart?: string;
  validFrom: IsoDate;
  /** Explicit end (inclusive) where FACTS.md gives one; otherwise holds until the next stance. */
  validUntil?: IsoDate;
  position: ScaleValue | null;
  salience: 1 | 2 | 3 | 4 | 5;
  confidence: Confidence;
  summary: string;
  /** The coder's note: why a row is carried forward unchanged, what is inferred, why it has no source. */
  note?: string;
  /** Empty only for a row marked unsourced (shown as such in every view); never a borrowed source. */
  evidence: EvidenceSeed[];
};

export type EventSeed = {
  key: string; // "E06"
  date: IsoDate;
  endDate?: IsoDate;
  title: string;
  description: string;
  actors: string[];
  sources: string[]; // keys into SOURCES
  confidence: Confidence;
};
