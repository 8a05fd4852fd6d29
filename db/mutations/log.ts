/** Writing audit rows: inside the transaction of the change they record (callers pass that connection). */
import type Database from "better-sqlite3";
import type { Editor } from "./types";

export type EntityType = "stance" | "actor" | "issue" | "event" | "user" | "setting";

export type AuditEntry = {
  action: "create" | "update" | "delete" | "revert" | "disable" | "enable" | "reset-password" | "change-password";
  entityType: EntityType;
  entityId: number;
  before: object | null;
  after: object | null;
  summary: string;
  revertsId?: number | null;
};

export function writeAudit(db: Database.Database, editor: Editor, entry: AuditEntry, now: string): number {
  return Number(
    db
      .prepare(
        `insert into audit_log (at, user_id, username, action, entity_type, entity_id, before, after, summary, reverts_id,
                                reviewer_id, reviewer_username, import_batch)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        now,
        editor.id,
        editor.username,
        entry.action,
        entry.entityType,
        entry.entityId,
        entry.before ? JSON.stringify(entry.before) : null,
        entry.after ? JSON.stringify(entry.after) : null,
        entry.summary,
        entry.revertsId ?? null,
        editor.reviewer?.id ?? null,
        editor.reviewer?.username ?? null,
        editor.importBatch ?? null,
      ).lastInsertRowid,
  );
}

