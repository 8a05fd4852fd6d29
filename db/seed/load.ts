/**
 * Loads the curated dataset. Idempotent: rows are matched by their natural keys (actor code, issue slug,
 * stance series + valid_from, event key) and only missing rows are inserted, so running it twice changes
 * nothing and it never overwrites what editors changed through the admin form.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../connection";
import { actors, eventActors, events, evidence, issues, scalePoints, stances } from "../schema";
import type { ActorSeed, EventSeed, IssueSeed, SourceSeed, StanceSeed } from "./types";

export type Dataset = {
  actors: readonly ActorSeed[];
  issues: readonly IssueSeed[];
  sources: Readonly<Record<string, SourceSeed>>;
  stances: readonly StanceSeed[];
  events: readonly EventSeed[];
};

export type SeedReport = { actors: number; issues: number; stances: number; evidence: number; events: number };

/** True when the database has no actors yet: a fresh install that needs the curated dataset. */
export function isEmpty(db: Db): boolean {
  return db.select({ id: actors.id }).from(actors).limit(1).get() === undefined;
}

export function seedDatabase(db: Db, data: Dataset, now = new Date().toISOString()): SeedReport {
  const report: SeedReport = { actors: 0, issues: 0, stances: 0, evidence: 0, events: 0 };
  db.transaction(
    (tx) => {
      const actorIds = new Map<string, number>();
      for (const a of data.actors) {
        const existing = tx.select({ id: actors.id }).from(actors).where(eq(actors.code, a.code)).get();
        if (existing) {
          actorIds.set(a.code, existing.id);
          continue;
        }
        const row = tx
          .insert(actors)
          .values({ ...a, createdAt: now, updatedAt: now })
          .returning({ id: actors.id })
          .get();
        actorIds.set(a.code, row.id);
        report.actors++;
      }

      const issueIds = new Map<string, number>();
      for (const i of data.issues) {
        const existing = tx.select({ id: issues.id }).from(issues).where(eq(issues.slug, i.slug)).get();
        if (existing) {
          issueIds.set(i.slug, existing.id);
          continue;
        }
        const row = tx
          .insert(issues)
          .values({
            slug: i.slug,
            title: i.title,
            cluster: i.cluster,
            definition: i.definition,
            displayOrder: i.displayOrder,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: issues.id })
          .get();
        tx.insert(scalePoints)
          .values(i.scale.map((label, idx) => ({ issueId: row.id, value: idx - 2, label })))
          .run();
        issueIds.set(i.slug, row.id);
        report.issues++;
      }

      for (const s of data.stances) {
        const actorId = need(actorIds, s.actor, "actor");
        const issueId = need(issueIds, s.issue, "issue");
        const counterpartId = s.counterpart ? need(actorIds, s.counterpart, "counterpart") : null;
        const existing = tx
          .select({ id: stances.id })
          .from(stances)
          .where(
            and(
              eq(stances.actorId, actorId),
              eq(stances.issueId, issueId),
              sql`coalesce(${stances.counterpartId}, 0) = ${counterpartId ?? 0}`,
              eq(stances.validFrom, s.validFrom),
            ),
          )
          .get();
        if (existing) continue;
        const row = tx
          .insert(stances)
          .values({
            actorId,
            issueId,
            counterpartId,
            position: s.position,
            salience: s.salience,
            confidence: s.confidence,
            summary: s.summary,
            note: s.note ?? null,
            validFrom: s.validFrom,
            validUntil: s.validUntil ?? null,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: stances.id })
          .get();
        report.stances++;
        s.evidence.forEach((e, idx) => {
          const source = data.sources[e.source];
          if (!source) throw new Error(`Unknown source key ${e.source} in a stance of ${s.actor} on ${s.issue}`);
          tx.insert(evidence)
            .values({
              stanceId: row.id,
              sortOrder: idx,
              sourceKey: e.source,
              title: e.title ?? source.title,
              publisher: e.publisher ?? source.publisher,
              publishedOn: e.date ?? source.date,
              url: e.url ?? source.url ?? null,
              paraphrase: e.paraphrase,
              quote: e.quote ?? null,
              note: e.note ?? null,
            })
            .run();
          report.evidence++;
        });
      }

      for (const e of data.events) {
        const existing = tx.select({ id: events.id }).from(events).where(eq(events.key, e.key)).get();
        if (existing) continue;
        const row = tx
          .insert(events)
          .values({
            key: e.key,
            date: e.date,
            endDate: e.endDate ?? null,
            title: e.title,
            description: e.description,
            confidence: e.confidence,
            sources: e.sources.join(", "),
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: events.id })
          .get();
        const ids = [...new Set(e.actors)].map((code) => need(actorIds, code, "event actor"));
        if (ids.length) tx.insert(eventActors).values(ids.map((actorId) => ({ eventId: row.id, actorId }))).run();
        report.events++;
      }
    },
    { behavior: "immediate" },
  );
  return report;
}

function need(map: Map<string, number>, key: string, what: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`Seed data refers to an unknown ${what}: ${key}`);
  return id;
}
