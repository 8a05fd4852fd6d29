import "server-only";
/**
 * Accounts: create, disable/enable, reset and change passwords. Snapshots in the audit log never contain
 * password hashes. Disabling or a new password ends the user's sessions in the same transaction.
 */
import type Database from "better-sqlite3";
import { getDb } from "../client";
import { writeAudit } from "./log";
import { notFound, refusedOn, type Editor, type MutationResult, type Snapshot } from "./types";

export type UserSnapshot = Snapshot & { username: string; role: "admin" | "editor"; disabled: boolean };

export function userSnapshot(db: Database.Database, id: number): UserSnapshot | null {
  const row = db.prepare("select username, role, disabled_at as disabledAt, version from users where id = ?").get(id) as
    | { username: string; role: "admin" | "editor"; disabledAt: string | null; version: number }
    | undefined;
  return row ? { username: row.username, role: row.role, disabled: row.disabledAt !== null, version: row.version } : null;
}

function revokeAll(db: Database.Database, userId: number, now: string, exceptSessionId: number | null = null): void {
  db.prepare("update sessions set revoked_at = ? where user_id = ? and revoked_at is null and id is not ?").run(now, userId, exceptSessionId);
}

/** `passwordHash` is computed by the caller (scrypt is slow; it must not run inside the write lock). */
export function createUser(
  input: { username: string; role: "admin" | "editor"; passwordHash: string },
  editor: Editor,
  now = new Date().toISOString(),
): MutationResult {
  const db = getDb().$client;
  return db
    .transaction((): MutationResult => {
      if (db.prepare("select 1 from users where username = ? collate nocase").get(input.username))
        return refusedOn("username", { key: "usernameTaken" });
      const id = Number(
        db
          .prepare(
            `insert into users (username, password_hash, role, password_changed_at, version, created_at, updated_at)
             values (?, ?, ?, ?, 1, ?, ?)`,
          )
          .run(input.username, input.passwordHash, input.role, now, now, now).lastInsertRowid,
      );
      writeAudit(db, editor, { action: "create", entityType: "user", entityId: id, before: null, after: userSnapshot(db, id), summary: `Added ${input.role} ${input.username}` }, now);
      return { status: "ok", id, message: { key: "userAdded", values: { role: input.role, username: input.username } } };
    })
    .immediate();
}

export function setUserDisabled(userId: number, disabled: boolean, version: number, editor: Editor, now = new Date().toISOString()): MutationResult {
  const db = getDb().$client;
  return db
    .transaction((): MutationResult => {
      const before = userSnapshot(db, userId);
      if (!before) return notFound("user");
      if (before.version !== version) return { status: "conflict", message: { key: "accountChanged" }, current: before };
      if (disabled && userId === editor.id)
        return refusedOn("_form", { key: "disableSelf" });
      if (disabled && before.role === "admin") {
        const { n } = db.prepare("select count(*) as n from users where role = 'admin' and disabled_at is null").get() as { n: number };
        if (n <= 1) return refusedOn("_form", { key: "lastAdmin" });
      }
      db.prepare("update users set disabled_at = ?, version = version + 1, updated_at = ? where id = ?").run(disabled ? now : null, now, userId);
      if (disabled) revokeAll(db, userId, now);
      writeAudit(
        db,
        editor,
        { action: disabled ? "disable" : "enable", entityType: "user", entityId: userId, before, after: userSnapshot(db, userId), summary: `${disabled ? "Disabled" : "Enabled"} ${before.username}` },
        now,
      );
      return { status: "ok", id: userId, message: { key: disabled ? "userDisabled" : "userEnabled", values: { username: before.username } } };
    })
    .immediate();
}

/**
 * A new password hash for a user (admin reset or own change): every session of that user ends, except
 * `keepSessionId` (the session of a user changing their own password).
 */
export function setUserPassword(
  userId: number,
  passwordHash: string,
  editor: Editor,
  opts: { action: "reset-password" | "change-password"; keepSessionId?: number | null; version?: number },
  now = new Date().toISOString(),
): MutationResult {
  const db = getDb().$client;
  return db
    .transaction((): MutationResult => {
      const before = userSnapshot(db, userId);
      if (!before) return notFound("user");
      if (opts.version !== undefined && before.version !== opts.version)
        return { status: "conflict", message: { key: "accountChanged" }, current: before };
      db.prepare("update users set password_hash = ?, password_changed_at = ?, version = version + 1, updated_at = ? where id = ?").run(passwordHash, now, now, userId);
      revokeAll(db, userId, now, opts.keepSessionId ?? null);
      writeAudit(
        db,
        editor,
        {
          action: opts.action,
          entityType: "user",
          entityId: userId,
          before,
          after: userSnapshot(db, userId),
          summary: opts.action === "reset-password" ? `Reset the password of ${before.username}` : `${before.username} changed their password`,
        },
        now,
      );
      return { status: "ok", id: userId, message: { key: "passwordSaved" } };
    })
    .immediate();
}
