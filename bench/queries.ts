/**
 * Query-level timings, in process, against a database file: the as-of matrix (what `/` and the matrix API
 * read: actors, issues, stances in force with their evidence) and one pair's divergence timeline as the pages
 * compute it (getDivergenceTimelines: both actors' histories, one sweep). Medians over many runs.
 */
import { openDatabase, type Db } from "../db/connection";
import { getMatrix } from "../db/queries/matrix";
import { explainAsOf, stanceHistory, stancesAsOf } from "../db/queries/stances";
import { getDivergenceTimelines, HISTORY_START } from "../db/queries/divergence";
import { listIssues } from "../db/queries/reference";
import { divergenceTimeline } from "../lib/timeline";

export type QueryTimings = {
  cells: number;
  /** Evidence items attached to those cells. */
  evidence: number;
  stances: number;
  matrixMs: Timing;
  matrixNoEvidenceMs: Timing;
  timelineMs: Timing;
  timelineWithEvidenceMs: Timing;
  steps: number;
  plan: string[];
};

const DATES = ["2017-06-01", "2018-06-12", "2019-03-01", "2021-01-21", "2023-08-18", "2026-11-27"];

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median wall time and median CPU time (user + system of this process) in ms. On a shared machine the CPU
 * time is the steadier measure of what the work costs; the wall time is what a request waits. */
export type Timing = { wall: number; cpu: number };

function time(runs: number, f: (k: number) => unknown): Timing {
  for (let k = 0; k < 3; k++) f(k); // warm the statement cache and the page cache
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < runs; k++) {
    const c = process.cpuUsage();
    const t = performance.now();
    f(k);
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

function openBenchDatabase(file: string): Db {
  const g = globalThis as { stanceAtlasDb?: Db };
  g.stanceAtlasDb?.$client.close();
  process.env.DATABASE_URL = file;
  g.stanceAtlasDb = openDatabase(file);
  return g.stanceAtlasDb;
}

export function closeDatabase(): void {
  const g = globalThis as { stanceAtlasDb?: Db };
  g.stanceAtlasDb?.$client.close();
  g.stanceAtlasDb = undefined;
}

export function measureQueries(file: string, { runs = 21, pair = ["ROK", "DPRK"] as const } = {}): QueryTimings {
  const db = openBenchDatabase(file);
  const stances = (db.$client.prepare("select count(*) as n from stances").get() as { n: number }).n;
  const [a, b] = pair;
  const current = stancesAsOf(DATES[DATES.length - 1]);
  const cells = current.length;
  const evidence = current.reduce((n, s) => n + s.evidence.length, 0);
  const matrixMs = time(runs, (k) => getMatrix({ asOf: DATES[k % DATES.length] }));
  const matrixNoEvidenceMs = time(runs, (k) => stancesAsOf(DATES[k % DATES.length], { evidence: false }));
  let steps = 0;
  // What the divergence and actor pages run for one pair (db/queries/divergence.ts, lib/timeline.ts).
  const window = { from: HISTORY_START, to: DATES[DATES.length - 1] };
  const timelineMs = time(runs, () => {
    steps = getDivergenceTimelines({ pairs: [[a, b]], ...window })[0].points.length;
  });
  // For comparison: the same sweep over the histories with their evidence loaded.
  const timelineWithEvidenceMs = time(Math.max(5, runs >> 1), () =>
    divergenceTimeline([...stanceHistory({ actor: a }), ...stanceHistory({ actor: b })], a, b, listIssues().map((i) => i.slug), window),
  );
  const plan = explainAsOf(DATES[2]);
  closeDatabase();
  return { cells, evidence, stances, matrixMs, matrixNoEvidenceMs, timelineMs, timelineWithEvidenceMs, steps, plan };
}
