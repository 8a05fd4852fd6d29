/**
 * Tags of the read cache. Every cached read (db/cached.ts) is tagged with the tables it reads; every admin write
 * expires the tags of the tables it wrote (app/[locale]/(site)/admin/_lib/invalidate.ts), so the next request reads fresh data.
 */
export const CACHE_TAGS = {
  /** Actors, issues and their scales: every view reads them. */
  reference: "reference",
  /** Stances and their evidence. */
  stances: "stances",
  /** Dated events (markers, the as-of picker, "what moved"). */
  events: "events",
} as const;

export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS];

export const ALL_CACHE_TAGS: CacheTag[] = Object.values(CACHE_TAGS);
