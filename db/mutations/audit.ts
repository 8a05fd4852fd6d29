import "server-only";
/**
 * The audit trail: one row per change, written inside the change's own transaction (callers pass the
 * connection that runs the transaction). Rows are only ever inserted; nothing in the app updates or deletes them.
 */
import type Database from "better-sqlite3";
import { getDb } from "../client";
import { actorSnapshot, applyActorSnapshot, deleteActorIfUnused } from "./actors";
import { applyEventSnapshot, deleteEvent, eventSnapshot } from "./events";
import { applyIssueSnapshot, deleteIssueIfUnused, issueSnapshot } from "./issues";
import { applyStanceSnapshot, deleteStance, stanceSnapshot } from "./stances";
import { writeAudit, type EntityType } from "./log";
import type { AdminMessage, Editor, MutationResult, Snapshot } from "./types";

type Handler = {
  snapshot: (db: Database.Database, id: number) => Snapshot | null;
  apply: (db: Database.Database, id: number, s: Snapshot, editor: Editor, now: string) => void;
  remove: (db: Database.Database, id: number) => AdminMessage | null;
  label: "stance" | "actor" | "issue" | "event";
};

const HANDLERS: Partial<Record<EntityType, Handler>> = {
  stance: { snapshot: stanceSnapshot, apply: applyStanceSnapshot, remove: deleteStance, label: "stance" },
  actor: { snapshot: actorSnapshot, apply: applyActorSnapshot, remove: deleteActorIfUnused, label: "actor" },
  issue: { snapshot: issueSnapshot, apply: applyIssueSnapshot, remove: deleteIssueIfUnused, label: "issue" },
  event: { snapshot: eventSnapshot, apply: applyEventSnapshot, remove: deleteEvent, label: "event" },
};

export function isRevertible(entityType: string, action: string, hasAfter: boolean): boolean {
  return entityType in HANDLERS && hasAfter && action !== "delete";
}

type AuditRow = {
  id: number;
  action: string;
  entityType: EntityType;
  entityId: number;
  before: string | null;
  after: string | null;
  summary: string;
};

/**
 * Reverts one audited change: restores the `before` snapshot (or removes what a create made), as a new audited
 * change. Refused as a conflict when the entity changed since that row (its version moved on).
 */
export function revertAuditEntry(auditId: number, editor: Editor, now = new Date().toISOString()): MutationResult {
  const db = getDb().$client;
  const run = db.transaction((): MutationResult => {
    const row = db
      .prepare(
        "select id, action, entity_type as entityType, entity_id as entityId, before, after, summary from audit_log where id = ?",
      )
      .get(auditId) as AuditRow | undefined;
    if (!row) return { status: "not-found", message: { key: "gone", values: { entity: "auditEntry" } } };
    const handler = HANDLERS[row.entityType];
    if (!handler || !isRevertible(row.entityType, row.action, row.after !== null))
      return { status: "invalid", fieldErrors: { _form: [{ key: "notRevertible" }] } };
    const after = JSON.parse(row.after as string) as Snapshot;
    const current = handler.snapshot(db, row.entityId);
    if (!current)
      return { status: "conflict", message: { key: "revertGone", values: { entity: handler.label } }, current: null };
    if (current.version !== after.version)
      return {
        status: "conflict",
        message: { key: "revertMoved", values: { entity: handler.label, now: current.version, then: after.version } },
        current,
      };
    if (row.before === null) {
      const refused = handler.remove(db, row.entityId);
      if (refused) return { status: "conflict", message: refused, current };
      writeAudit(
        db,
        editor,
        { action: "revert", entityType: row.entityType, entityId: row.entityId, before: current, after: null, summary: `Reverted #${row.id}: removed the ${handler.label} it created (${row.summary})`, revertsId: row.id },
        now,
      );
      return { status: "ok", id: row.entityId, message: { key: "revertedRemoved", values: { id: row.id, entity: handler.label } } };
    }
    const before = JSON.parse(row.before) as Snapshot;
    handler.apply(db, row.entityId, before, editor, now);
    const restored = handler.snapshot(db, row.entityId);
    writeAudit(
      db,
      editor,
      { action: "revert", entityType: row.entityType, entityId: row.entityId, before: current, after: restored, summary: `Reverted #${row.id}: ${row.summary}`, revertsId: row.id },
      now,
    );
    return { status: "ok", id: row.entityId, message: { key: "revertedRestored", values: { id: row.id, entity: handler.label } } };
  });
  return run.immediate();
}
