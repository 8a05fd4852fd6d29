import "server-only";
/** Creating and editing actors: one immediate transaction each, version-checked, with its audit row. */
import type Database from "better-sqlite3";
import type { ActorInput } from "../../lib/admin/schemas";
import { getDb } from "../client";
import { writeAudit } from "./log";
import { notFound, refusedOn, type AdminMessage, type Editor, type MutationResult, type Snapshot } from "./types";

export type ActorSnapshot = Snapshot & Omit<ActorInput, "version">;

export function actorSnapshot(db: Database.Database, id: number): ActorSnapshot | null {
  return (
    (db
      .prepare(
        `select code, name, short_name as shortName, name_ko as nameKo, short_name_ko as shortNameKo, color,
                display_order as displayOrder, description, description_ko as descriptionKo, version
         from actors where id = ?`,
      )
      .get(id) as ActorSnapshot | undefined) ?? null
  );
}

export function applyActorSnapshot(db: Database.Database, id: number, s: Snapshot, _editor: Editor, now: string): void {
  const v = s as ActorSnapshot;
  db.prepare(
    `update actors set name = ?, short_name = ?, name_ko = ?, short_name_ko = ?, color = ?, display_order = ?, description = ?,
            description_ko = ?, version = version + 1, updated_at = ? where id = ?`,
  ).run(v.name, v.shortName, v.nameKo ?? null, v.shortNameKo ?? null, v.color, v.displayOrder, v.description, v.descriptionKo ?? null, now, id);
}

export function deleteActorIfUnused(db: Database.Database, id: number): AdminMessage | null {
  const used = db.prepare("select 1 from stances where actor_id = ? or counterpart_id = ? limit 1").get(id, id);
  if (used) return { key: "actorHasStances" };
  // Removing it would silently drop it from events (ON DELETE CASCADE) with no audit row for that change.
  const events = db.prepare("select count(*) as n from event_actors where actor_id = ?").get(id) as { n: number };
  if (events.n > 0) return { key: "actorInEvents", values: { count: events.n } };
  db.prepare("delete from actors where id = ?").run(id);
  return null;
}

export function createActor(input: ActorInput, editor: Editor, now = new Date().toISOString()): MutationResult {
  const db = getDb().$client;
  return db
    .transaction((): MutationResult => {
      if (db.prepare("select 1 from actors where code = ?").get(input.code))
        return refusedOn("code", { key: "duplicateCode", values: { code: input.code } });
      const id = Number(
        db
          .prepare(
            `insert into actors (code, name, short_name, name_ko, short_name_ko, color, display_order, description, description_ko,
                                 version, created_at, updated_at)
             values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
          )
          .run(input.code, input.name, input.shortName, input.nameKo, input.shortNameKo, input.color, input.displayOrder, input.description, input.descriptionKo, now, now)
          .lastInsertRowid,
      );
      writeAudit(db, editor, { action: "create", entityType: "actor", entityId: id, before: null, after: actorSnapshot(db, id), summary: `Added actor ${input.code}` }, now);
      return { status: "ok", id, message: { key: "actorAdded", values: { name: input.name, code: input.code } } };
    })
    .immediate();
}

/** The code is the actor's identity in URLs and the API: it cannot change. */
export function updateActor(code: string, input: ActorInput, editor: Editor, now = new Date().toISOString()): MutationResult {
  const db = getDb().$client;
  return db
    .transaction((): MutationResult => {
      const row = db.prepare("select id from actors where code = ?").get(code) as { id: number } | undefined;
      if (!row) return notFound("actor");
      const before = actorSnapshot(db, row.id)!;
      if (before.version !== input.version)
        return { status: "conflict", message: { key: "savedSince", values: { entity: "actor" } }, current: before };
      applyActorSnapshot(db, row.id, { ...input, code } as ActorSnapshot, editor, now);
      writeAudit(db, editor, { action: "update", entityType: "actor", entityId: row.id, before, after: actorSnapshot(db, row.id), summary: `Edited actor ${code}` }, now);
      return { status: "ok", id: row.id, message: { key: "actorSaved", values: { name: input.name } } };
    })
    .immediate();
}
