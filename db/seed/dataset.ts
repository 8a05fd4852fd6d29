import { ACTORS, EVENTS, ISSUES, SOURCES, STANCES } from "./data";
import type { Dataset } from "./load";

/** The curated Korean Peninsula dataset (FACTS.md + the IFANS Focus seed article). */
export const DATASET: Dataset = { actors: ACTORS, issues: ISSUES, sources: SOURCES, stances: STANCES, events: EVENTS };
