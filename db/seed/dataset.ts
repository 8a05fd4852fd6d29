import { ACTORS, EVENTS, ISSUES, SOURCES, STANCES } from "./data";
import { EVENTS_KO } from "./ko/events";
import { ACTORS_KO, ISSUES_KO } from "./ko/reference";
import { STANCES_KO_2018 } from "./ko/stances-2018";
import { STANCES_KO_2024 } from "./ko/stances-2024";
import type { Dataset } from "./load";

/** The curated Korean Peninsula dataset (FACTS.md + the IFANS Focus seed article). */
export const DATASET: Dataset = {
  actors: ACTORS,
  issues: ISSUES,
  sources: SOURCES,
  stances: STANCES,
  events: EVENTS,
  korean: { actors: ACTORS_KO, issues: ISSUES_KO, events: EVENTS_KO, stances: { ...STANCES_KO_2018, ...STANCES_KO_2024 } },
};
