import "server-only";
import { asc, eq, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { AppLocale } from "../../lib/i18n/paths";
import { getDb } from "../client";
import { actors, eventActors, events, issues, scalePoints } from "../schema";

export type ActorDto = { code: string; name: string; shortName: string; color: string; description: string };
export type ScalePointDto = { value: number; label: string };
export type IssueDto = {
  slug: string;
  title: string;
  cluster: string;
  definition: string;
  scale: ScalePointDto[];
};
export type EventDto = {
  key: string | null;
  date: string;
  endDate: string | null;
  title: string;
  description: string;
  confidence: string;
  sources: string;
  actors: string[];
};

/** A text column in the reader's language: its Korean column where filled, else the English (the fallback). */
export function localized(lang: AppLocale, en: SQLiteColumn, ko: SQLiteColumn): SQLiteColumn | SQL<string> {
  return lang === "ko" ? sql<string>`coalesce(${ko}, ${en})` : en;
}

export function listActors(lang: AppLocale = "en"): ActorDto[] {
  return getDb()
    .select({
      code: actors.code,
      name: localized(lang, actors.name, actors.nameKo),
      shortName: localized(lang, actors.shortName, actors.shortNameKo),
      color: actors.color,
      description: localized(lang, actors.description, actors.descriptionKo),
    })
    .from(actors)
    .orderBy(asc(actors.displayOrder), asc(actors.code))
    .all();
}

export function listIssues(lang: AppLocale = "en"): IssueDto[] {
  const db = getDb();
  const rows = db
    .select({
      id: issues.id,
      slug: issues.slug,
      title: localized(lang, issues.title, issues.titleKo),
      cluster: issues.cluster,
      definition: localized(lang, issues.definition, issues.definitionKo),
    })
    .from(issues)
    .orderBy(asc(issues.displayOrder), asc(issues.slug))
    .all();
  const points = db.select().from(scalePoints).orderBy(asc(scalePoints.issueId), asc(scalePoints.value)).all();
  const byIssue = new Map<number, ScalePointDto[]>();
  for (const p of points) {
    const list = byIssue.get(p.issueId) ?? [];
    list.push({ value: p.value, label: lang === "ko" ? (p.labelKo ?? p.label) : p.label });
    byIssue.set(p.issueId, list);
  }
  return rows.map(({ id, ...rest }) => ({ ...rest, scale: byIssue.get(id) ?? [] }));
}

export function listEvents(lang: AppLocale = "en"): EventDto[] {
  const db = getDb();
  const rows = db.select().from(events).orderBy(asc(events.date), asc(events.id)).all();
  const links = db
    .select({ eventId: eventActors.eventId, code: actors.code })
    .from(eventActors)
    .innerJoin(actors, eq(actors.id, eventActors.actorId))
    .orderBy(asc(actors.displayOrder))
    .all();
  const byEvent = new Map<number, string[]>();
  for (const l of links) byEvent.set(l.eventId, [...(byEvent.get(l.eventId) ?? []), l.code]);
  return rows.map((e) => ({
    key: e.key,
    date: e.date,
    endDate: e.endDate,
    title: lang === "ko" ? (e.titleKo ?? e.title) : e.title,
    description: lang === "ko" ? (e.descriptionKo ?? e.description) : e.description,
    confidence: e.confidence,
    sources: e.sources,
    actors: byEvent.get(e.id) ?? [],
  }));
}

/** For the health route: true when the database answers a trivial query. */
export function databaseAnswers(): boolean {
  return getDb().$client.prepare("select 1 as ok").get() !== undefined;
}
