/**
 * Loads the curated dataset. Idempotent: rows are matched by their natural keys (actor code, issue slug,
 * stance series + valid_from, event key) and only missing rows are inserted, so running it twice changes
 * nothing and it never overwrites what editors changed through the admin form.
 *
 * Korean text (db/seed/ko) goes in with new rows; an existing row whose Korean is still missing gets it too, but
 * only while its English is exactly the seed's (an editor's changed English is not given a stale translation).
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../connection";
import { actors, eventActors, events, evidence, issues, scalePoints, stances } from "../schema";
import { stanceSeedKey } from "./ko/key";
import type { ActorKo, EventKo, IssueKo, StanceKo } from "./ko/types";
import type { ActorSeed, EventSeed, IssueSeed, SourceSeed, StanceSeed } from "./types";

export type Dataset = {
  actors: readonly ActorSeed[];
  issues: readonly IssueSeed[];
  sources: Readonly<Record<string, SourceSeed>>;
  stances: readonly StanceSeed[];
  events: readonly EventSeed[];
  /** Korean text of the dataset (db/seed/ko): actors by code, issues by slug, events by key, stances by stanceSeedKey. */
  korean?: KoreanDataset;
};

export type KoreanDataset = {
  actors: Readonly<Record<string, ActorKo>>;
  issues: Readonly<Record<string, IssueKo>>;
  events: Readonly<Record<string, EventKo>>;
  stances: Readonly<Record<string, StanceKo>>;
};

/** `translated`: rows of an existing database that were given their missing Korean text (see seedDatabase). */
export type SeedReport = { actors: number; issues: number; stances: number; evidence: number; events: number; translated: number };

/** True when the database has no actors yet: a fresh install that needs the curated dataset. */
export function isEmpty(db: Db): boolean {
  return db.select({ id: actors.id }).from(actors).limit(1).get() === undefined;
}

/**
 * `translateOnly`: insert nothing, only give existing seed rows their missing Korean (what `npm start` does on a
 * database that already has data, so an upgraded installation gets the translations without getting back rows an
 * editor removed).
 */
export function seedDatabase(db: Db, data: Dataset, { now = new Date().toISOString(), translateOnly = false } = {}): SeedReport {
  const report: SeedReport = { actors: 0, issues: 0, stances: 0, evidence: 0, events: 0, translated: 0 };
  const ko = data.korean;
  db.transaction(
    (tx) => {
      const actorIds = new Map<string, number>();
      for (const a of data.actors) {
        const k = ko?.actors[a.code];
        const existing = tx.select({ id: actors.id }).from(actors).where(eq(actors.code, a.code)).get();
        if (existing) {
          actorIds.set(a.code, existing.id);
          if (k) {
            const r = tx
              .update(actors)
              .set({ nameKo: k.name, shortNameKo: k.shortName, descriptionKo: k.description })
              .where(and(eq(actors.id, existing.id), isNull(actors.nameKo), eq(actors.name, a.name), eq(actors.shortName, a.shortName), eq(actors.description, a.description)))
              .run();
            report.translated += r.changes;
          }
          continue;
        }
        if (translateOnly) continue;
        const row = tx
          .insert(actors)
          .values({ ...a, nameKo: k?.name ?? null, shortNameKo: k?.shortName ?? null, descriptionKo: k?.description ?? null, createdAt: now, updatedAt: now })
          .returning({ id: actors.id })
          .get();
        actorIds.set(a.code, row.id);
        report.actors++;
      }

      const issueIds = new Map<string, number>();
      for (const i of data.issues) {
        const k = ko?.issues[i.slug];
        const existing = tx.select({ id: issues.id }).from(issues).where(eq(issues.slug, i.slug)).get();
        if (existing) {
          issueIds.set(i.slug, existing.id);
          if (k) {
            const r = tx
              .update(issues)
              .set({ titleKo: k.title, definitionKo: k.definition })
              .where(and(eq(issues.id, existing.id), isNull(issues.titleKo), eq(issues.title, i.title), eq(issues.definition, i.definition)))
              .run();
            report.translated += r.changes;
            i.scale.forEach((label, idx) => {
              report.translated += tx
                .update(scalePoints)
                .set({ labelKo: k.scale[idx] })
                .where(and(eq(scalePoints.issueId, existing.id), eq(scalePoints.value, idx - 2), isNull(scalePoints.labelKo), eq(scalePoints.label, label)))
                .run().changes;
            });
          }
          continue;
        }
        if (translateOnly) continue;
        const row = tx
          .insert(issues)
          .values({
            slug: i.slug,
            title: i.title,
            cluster: i.cluster,
            definition: i.definition,
            titleKo: k?.title ?? null,
            definitionKo: k?.definition ?? null,
            displayOrder: i.displayOrder,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: issues.id })
          .get();
        tx.insert(scalePoints)
          .values(i.scale.map((label, idx) => ({ issueId: row.id, value: idx - 2, label, labelKo: k?.scale[idx] ?? null })))
          .run();
        issueIds.set(i.slug, row.id);
        report.issues++;
      }

      for (const s of data.stances) {
        if (translateOnly && (!actorIds.has(s.actor) || !issueIds.has(s.issue) || (s.counterpart && !actorIds.has(s.counterpart)))) continue;
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
        const k = ko?.stances[stanceSeedKey(s)];
        if (existing) {
          if (k) {
            report.translated += tx
              .update(stances)
              .set({ summaryKo: k.summary, noteKo: k.note ?? null })
              .where(and(eq(stances.id, existing.id), isNull(stances.summaryKo), eq(stances.summary, s.summary)))
              .run().changes;
          }
          continue;
        }
        if (translateOnly) continue;
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
            summaryKo: k?.summary ?? null,
            noteKo: k?.note ?? null,
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
        const k = ko?.events[e.key];
        const existing = tx.select({ id: events.id }).from(events).where(eq(events.key, e.key)).get();
        if (existing) {
          if (k) {
            report.translated += tx
              .update(events)
              .set({ titleKo: k.title, descriptionKo: k.description })
              .where(and(eq(events.id, existing.id), isNull(events.titleKo), eq(events.title, e.title), eq(events.description, e.description)))
              .run().changes;
          }
          continue;
        }
        if (translateOnly) continue;
        const row = tx
          .insert(events)
          .values({
            key: e.key,
            date: e.date,
            endDate: e.endDate ?? null,
            title: e.title,
            description: e.description,
            titleKo: k?.title ?? null,
            descriptionKo: k?.description ?? null,
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
