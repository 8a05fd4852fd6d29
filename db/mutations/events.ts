import "server-only";
/** Creating and editing timeline events with the actors involved. */
import type Database from "better-sqlite3";
import type { EventInput } from "../../lib/admin/schemas";
import { getDb } from "../client";
import { writeAudit } from "./log";
import { notFound, refusedOn, type AdminMessage, type Editor, type MutationResult, type Snapshot } from "./types";

export type EventSnapshot = Snapshot & Omit<EventInput, "version"> & { key: string | null };

export function eventSnapshot(db: Database.Database, id: number): EventSnapshot | null {
  const row = db
    .prepare(
      `select key, date, end_date as endDate, title, title_ko as titleKo, description, description_ko as descriptionKo, confidence, version
       from events where id = ?`,
    )
    .get(id) as Omit<EventSnapshot, "actors"> | undefined;
  if (!row) return null;
  const actors = db
    .prepare("select a.code from event_actors ea join actors a on a.id = ea.actor_id where ea.event_id = ? order by a.display_order, a.code")
    .all(id) as { code: string }[];
  return { ...row, actors: actors.map((a) => a.code) };
}

function writeActors(db: Database.Database, id: number, codes: string[]): string[] {
  db.prepare("delete from event_actors where event_id = ?").run(id);
  const unknown: string[] = [];
  for (const code of codes) {
    const a = db.prepare("select id from actors where code = ?").get(code) as { id: number } | undefined;
    if (!a) unknown.push(code);
    else db.prepare("insert or ignore into event_actors (event_id, actor_id) values (?, ?)").run(id, a.id);
  }
  return unknown;
}

export function applyEventSnapshot(db: Database.Database, id: number, s: Snapshot, _editor: Editor, now: string): void {
  const v = s as EventSnapshot;
  db.prepare(
    `update events set date = ?, end_date = ?, title = ?, title_ko = ?, description = ?, description_ko = ?, confidence = ?,
            version = version + 1, updated_at = ? where id = ?`,
  ).run(v.date, v.endDate, v.title, v.titleKo ?? null, v.description, v.descriptionKo ?? null, v.confidence, now, id);
  writeActors(db, id, v.actors);
}

export function deleteEvent(db: Database.Database, id: number): AdminMessage | null {
  db.prepare("delete from events where id = ?").run(id);
  return null;
}

function unknownActors(db: Database.Database, codes: string[]): string[] {
  return codes.filter((c) => !db.prepare("select 1 from actors where code = ?").get(c));
}

export function createEvent(input: EventInput, editor: Editor, now = new Date().toISOString()): MutationResult {
  const db = getDb().$client;
  return db
    .transaction((): MutationResult => {
      const unknown = unknownActors(db, input.actors);
      if (unknown.length) return refusedOn("actors", { key: "unknownActors", values: { codes: unknown.join(", ") } });
      const id = Number(
        db
          .prepare(
            `insert into events (date, end_date, title, title_ko, description, description_ko, confidence, version, created_at, updated_at)
             values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
          )
          .run(input.date, input.endDate, input.title, input.titleKo, input.description, input.descriptionKo, input.confidence, now, now)
          .lastInsertRowid,
      );
      writeActors(db, id, input.actors);
      writeAudit(db, editor, { action: "create", entityType: "event", entityId: id, before: null, after: eventSnapshot(db, id), summary: `Added event “${input.title}”` }, now);
      return { status: "ok", id, message: { key: "eventAdded", values: { title: input.title } } };
    })
    .immediate();
}

export function updateEvent(id: number, input: EventInput, editor: Editor, now = new Date().toISOString()): MutationResult {
  const db = getDb().$client;
  return db
    .transaction((): MutationResult => {
      const before = eventSnapshot(db, id);
      if (!before) return notFound("event");
      if (before.version !== input.version)
        return { status: "conflict", message: { key: "savedSince", values: { entity: "event" } }, current: before };
      const unknown = unknownActors(db, input.actors);
      if (unknown.length) return refusedOn("actors", { key: "unknownActors", values: { codes: unknown.join(", ") } });
      applyEventSnapshot(db, id, { ...input, key: before.key } as EventSnapshot, editor, now);
      writeAudit(db, editor, { action: "update", entityType: "event", entityId: id, before, after: eventSnapshot(db, id), summary: `Edited event “${input.title}”` }, now);
      return { status: "ok", id, message: { key: "eventSaved", values: { title: input.title } } };
    })
    .immediate();
}
