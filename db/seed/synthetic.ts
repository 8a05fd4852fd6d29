/**
 * A synthetic, deterministic dataset at any size, for the benchmark and for scale tests. The first actors and
 * issues are the curated ones (so `/actors/ROK` and `/issues/complete-denuclearization` exist at every size),
 * the rest are generated; every actor x issue pair gets a dated history of `snapshots` stances spread over
 * 2017..2026 with one to three evidence items each, and the DPRK's summit-diplomacy stances are directed toward
 * the US, the ROK and Japan as in the real data. Same options, same database contents, byte for byte.
 *
 * Written with prepared statements in one immediate transaction: 120,000 stances take a few seconds.
 */
import { ACTOR_PALETTE } from "../../lib/palette";
import { CLUSTER_IDS, type ClusterId } from "../../lib/domain";
import type { Db } from "../connection";
import { DATASET } from "./dataset";

export type SyntheticOptions = {
  actors: number;
  issues: number;
  /** Stances per series (actor x issue, or actor x issue x counterpart for directed series). */
  snapshots: number;
  seed?: number;
  /** Timestamp written to created_at / updated_at (fixed, so the output is deterministic). */
  now?: string;
};

export type SyntheticReport = {
  actors: number;
  issues: number;
  series: number;
  stances: number;
  evidence: number;
  events: number;
};

export const SYNTHETIC_FIRST_DAY = "2017-01-01";
export const SYNTHETIC_LAST_DAY = "2026-12-31";
const DAY_MS = 86_400_000;
const FIRST_MS = Date.parse(`${SYNTHETIC_FIRST_DAY}T00:00:00Z`);
const SPAN_DAYS = Math.round((Date.parse(`${SYNTHETIC_LAST_DAY}T00:00:00Z`) - FIRST_MS) / DAY_MS) + 1;

/** mulberry32: small, fast and good enough for test data. Returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isoDay(offset: number): string {
  return new Date(FIRST_MS + offset * DAY_MS).toISOString().slice(0, 10);
}

const PUBLISHERS = ["Ministry of Foreign Affairs", "KCNA", "The White House", "Yonhap", "NK News", "38 North", "IFANS", "Kyodo", "Xinhua", "TASS"];
const VERBS = ["reaffirms", "signals", "softens", "hardens", "qualifies", "restates", "links", "conditions"];
const OBJECTS = ["its position on sequencing", "the scope of verification", "relief in exchange for steps", "the timing of talks", "a phased approach", "its red lines"];
const SCALE_WORDS = ["Maximal pressure", "Conditional pressure", "Neutral / undecided", "Conditional engagement", "Full engagement"];

type ActorRow = { code: string; name: string; shortName: string; color: string; description: string };
type IssueRow = { slug: string; title: string; cluster: ClusterId; definition: string; scale: readonly string[] };

function actorRows(n: number): ActorRow[] {
  return Array.from({ length: n }, (_, i) => {
    const curated = DATASET.actors[i];
    if (curated) return { code: curated.code, name: curated.name, shortName: curated.shortName, color: curated.color, description: curated.description };
    const code = `S${String(i + 1).padStart(3, "0")}`;
    return {
      code,
      name: `Synthetic actor ${i + 1}`,
      shortName: `Actor ${i + 1}`,
      color: ACTOR_PALETTE[i % ACTOR_PALETTE.length],
      description: `Generated actor ${i + 1} for benchmarks.`,
    };
  });
}

function issueRows(n: number): IssueRow[] {
  return Array.from({ length: n }, (_, i) => {
    const curated = DATASET.issues[i];
    if (curated) return { slug: curated.slug, title: curated.title, cluster: curated.cluster, definition: curated.definition, scale: curated.scale };
    const cluster = CLUSTER_IDS[i % CLUSTER_IDS.length];
    return {
      slug: `synthetic-issue-${String(i + 1).padStart(3, "0")}`,
      title: `Synthetic issue ${i + 1}`,
      cluster,
      definition: `Generated issue ${i + 1} in the ${cluster} cluster: how far an actor would go.`,
      scale: SCALE_WORDS.map((w) => `${w} on issue ${i + 1}`),
    };
  });
}

/** `count` distinct, sorted day offsets in [0, SPAN_DAYS). */
function distinctDays(rand: () => number, count: number): number[] {
  const days = new Set<number>();
  const wanted = Math.min(count, SPAN_DAYS);
  while (days.size < wanted) days.add(Math.floor(rand() * SPAN_DAYS));
  return [...days].sort((a, b) => a - b);
}

/** Fills an empty, migrated database. Throws if it already has actors. */
export function generateSynthetic(db: Db, options: SyntheticOptions): SyntheticReport {
  const { actors: nActors, issues: nIssues, snapshots } = options;
  if (nActors < 1 || nIssues < 1 || snapshots < 1) throw new Error("actors, issues and snapshots must be at least 1");
  const rand = prng(options.seed ?? 20260101);
  const now = options.now ?? "2026-01-01T00:00:00.000Z";
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const client = db.$client;
  const report: SyntheticReport = { actors: 0, issues: 0, series: 0, stances: 0, evidence: 0, events: 0 };

  const has = client.prepare("select count(*) as n from actors").get() as { n: number };
  if (has.n > 0) throw new Error("generateSynthetic needs an empty database");

  const insActor = client.prepare(
    "insert into actors (code, name, short_name, color, display_order, description, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const insIssue = client.prepare(
    "insert into issues (slug, title, cluster, definition, display_order, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)",
  );
  const insPoint = client.prepare("insert into scale_points (issue_id, value, label) values (?, ?, ?)");
  const insStance = client.prepare(
    `insert into stances (actor_id, issue_id, counterpart_id, position, salience, confidence, summary, valid_from, valid_until,
       created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insEvidence = client.prepare(
    `insert into evidence (stance_id, sort_order, source_key, title, publisher, published_on, url, paraphrase, quote, note)
     values (?, ?, null, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insEvent = client.prepare(
    "insert into events (key, date, end_date, title, description, confidence, sources, created_at, updated_at) values (?, ?, ?, ?, ?, ?, '', ?, ?)",
  );
  const insEventActor = client.prepare("insert into event_actors (event_id, actor_id) values (?, ?)");

  client.transaction(() => {
    const actorList = actorRows(nActors);
    const actorIds = actorList.map((a, i) => {
      report.actors++;
      return Number(insActor.run(a.code, a.name, a.shortName, a.color, i + 1, a.description, now, now).lastInsertRowid);
    });
    const issueList = issueRows(nIssues);
    const issueIds = issueList.map((iss, i) => {
      const id = Number(insIssue.run(iss.slug, iss.title, iss.cluster, iss.definition, i + 1, now, now).lastInsertRowid);
      iss.scale.forEach((label, idx) => insPoint.run(id, idx - 2, label));
      report.issues++;
      return id;
    });
    const codeIndex = new Map(actorList.map((a, i) => [a.code, i]));
    const dprk = codeIndex.get("DPRK");
    const counterparts = ["USA", "ROK", "JPN"].map((c) => codeIndex.get(c)).filter((i): i is number => i !== undefined);

    for (let ai = 0; ai < nActors; ai++) {
      for (let ii = 0; ii < nIssues; ii++) {
        const directed = ai === dprk && issueList[ii].slug === "summit-diplomacy" && counterparts.length > 0;
        const targets: (number | null)[] = directed ? counterparts.map((c) => actorIds[c]) : [null];
        for (const counterpartId of targets) {
          report.series++;
          const days = distinctDays(rand, snapshots);
          // A random walk on the scale, with the occasional "no stated position".
          let position = Math.floor(rand() * 5) - 2;
          let salience = 1 + Math.floor(rand() * 5);
          const endsExplicitly = rand() < 0.05;
          days.forEach((day, k) => {
            position = Math.max(-2, Math.min(2, position + Math.floor(rand() * 3) - 1));
            if (rand() < 0.2) salience = 1 + Math.floor(rand() * 5);
            const stated = rand() >= 0.04;
            const last = k === days.length - 1;
            const validFrom = isoDay(day);
            const validUntil = last && endsExplicitly ? isoDay(Math.min(SPAN_DAYS - 1, day + 30 + Math.floor(rand() * 365))) : null;
            const confidence = pick(["low", "medium", "medium", "high", "high"] as const);
            const summary = `${actorList[ai].shortName} ${pick(VERBS)} ${pick(OBJECTS)} on ${issueList[ii].title.toLowerCase()} (${validFrom}).`;
            const stanceId = Number(
              insStance.run(actorIds[ai], issueIds[ii], counterpartId, stated ? position : null, salience, confidence, summary, validFrom, validUntil, now, now)
                .lastInsertRowid,
            );
            report.stances++;
            const items = 1 + Math.floor(rand() * 3);
            for (let e = 0; e < items; e++) {
              const published = isoDay(Math.max(0, day - Math.floor(rand() * 14)));
              const hasUrl = rand() < 0.6;
              insEvidence.run(
                stanceId,
                e,
                `${pick(PUBLISHERS)} statement ${stanceId}-${e + 1}`,
                pick(PUBLISHERS),
                published,
                hasUrl ? `https://example.org/sources/${stanceId}/${e + 1}` : null,
                `Paraphrase of the statement behind stance ${stanceId}: ${pick(OBJECTS)}.`,
                rand() < 0.15 ? `We ${pick(VERBS)} ${pick(OBJECTS)}.` : null,
                rand() < 0.1 ? "Synthetic caveat: the wording is ambiguous." : null,
              );
              report.evidence++;
            }
          });
        }
      }
    }

    // Events: about one per issue, at least the curated 52, each involving one to four actors.
    const nEvents = Math.max(52, nIssues);
    const eventDays = distinctDays(rand, nEvents);
    eventDays.forEach((day, k) => {
      const date = isoDay(day);
      const endDate = rand() < 0.2 ? isoDay(Math.min(SPAN_DAYS - 1, day + 1 + Math.floor(rand() * 3))) : null;
      const id = Number(
        insEvent.run(`X${String(k + 1).padStart(4, "0")}`, date, endDate, `Synthetic event ${k + 1}`, `Generated event on ${date}.`, pick(["low", "medium", "high"] as const), now, now)
          .lastInsertRowid,
      );
      const involved = new Set<number>();
      const count = 1 + Math.floor(rand() * Math.min(4, nActors));
      while (involved.size < count) involved.add(Math.floor(rand() * nActors));
      for (const a of [...involved].sort((x, y) => x - y)) insEventActor.run(id, actorIds[a]);
      report.events++;
    });
  }).immediate();

  return report;
}
