/** Shapes of the Korean translation tables of the curated dataset (db/seed/ko/*.ts). */
export type ActorKo = { name: string; shortName: string; description: string };
export type IssueKo = { title: string; definition: string; scale: readonly [string, string, string, string, string] };
export type EventKo = { title: string; description: string };
export type StanceKo = { summary: string; note?: string };
