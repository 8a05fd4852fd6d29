import "server-only";
/**
 * Accounts, sessions and sign-in rate limiting in the database. Tokens never touch the database: only their
 * SHA-256. Everything here is synchronous better-sqlite3; the callers (app/[locale]/(site)/admin/_lib) deal with cookies.
 */
import {
  ABSOLUTE_TIMEOUT_MS,
  TOUCH_INTERVAL_MS,
  WINDOW_MS,
  hashSessionToken,
  isSessionLive,
  looksLikeToken,
  newSessionToken,
  retryAfterSeconds,
} from "../lib/auth/session";
import { getDb } from "./client";

export type Role = "admin" | "editor";
export type SessionUser = { id: number; username: string; role: Role };
export type CurrentSession = { sessionId: number; user: SessionUser };

type SessionRow = {
  id: number;
  userId: number;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
  username: string;
  role: Role;
  disabledAt: string | null;
};

/** Starts a session for the user: a fresh token every sign-in. Returns the token for the cookie. */
export function createSession(userId: number, userAgent: string | null, now = new Date()): { token: string; expiresAt: Date } {
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS);
  getDb()
    .$client.prepare(
      "insert into sessions (token_hash, user_id, created_at, last_seen_at, expires_at, user_agent) values (?, ?, ?, ?, ?, ?)",
    )
    .run(hashSessionToken(token), userId, now.toISOString(), now.toISOString(), expiresAt.toISOString(), userAgent?.slice(0, 300) ?? null);
  return { token, expiresAt };
}

/** The live session for a cookie value, or null (unknown, revoked, expired, idle too long, user disabled). */
export function validateSession(token: string | undefined, now = new Date()): CurrentSession | null {
  if (!looksLikeToken(token)) return null;
  const db = getDb().$client;
  const row = db
    .prepare(
      `select s.id, s.user_id as userId, s.created_at as createdAt, s.last_seen_at as lastSeenAt, s.expires_at as expiresAt,
              s.revoked_at as revokedAt, u.username, u.role, u.disabled_at as disabledAt
       from sessions s join users u on u.id = s.user_id where s.token_hash = ?`,
    )
    .get(hashSessionToken(token)) as SessionRow | undefined;
  if (!row || row.disabledAt || !isSessionLive(row, now)) return null;
  if (now.getTime() - Date.parse(row.lastSeenAt) > TOUCH_INTERVAL_MS)
    db.prepare("update sessions set last_seen_at = ? where id = ? and revoked_at is null").run(now.toISOString(), row.id);
  return { sessionId: row.id, user: { id: row.userId, username: row.username, role: row.role } };
}

export function revokeSession(token: string | undefined, now = new Date()): void {
  if (!looksLikeToken(token)) return;
  getDb()
    .$client.prepare("update sessions set revoked_at = ? where token_hash = ? and revoked_at is null")
    .run(now.toISOString(), hashSessionToken(token));
}

/** Ends every session of a user (password change, reset, disable), optionally keeping one. */
export function revokeUserSessions(userId: number, exceptSessionId: number | null = null, now = new Date()): number {
  return getDb()
    .$client.prepare("update sessions set revoked_at = ? where user_id = ? and revoked_at is null and id is not ?")
    .run(now.toISOString(), userId, exceptSessionId).changes;
}

export type UserForSignIn = { id: number; username: string; role: Role; passwordHash: string; disabledAt: string | null };

export function findUserForSignIn(username: string): UserForSignIn | undefined {
  return getDb()
    .$client.prepare(
      "select id, username, role, password_hash as passwordHash, disabled_at as disabledAt from users where username = ? collate nocase",
    )
    .get(username) as UserForSignIn | undefined;
}

export function getPasswordHash(userId: number): string | undefined {
  const row = getDb().$client.prepare("select password_hash as h from users where id = ?").get(userId) as { h: string } | undefined;
  return row?.h;
}

/**
 * Reserves a sign-in attempt: in one immediate transaction, refuses when any bucket is still inside its delay
 * (lib/auth/session.ts: growing with the failures in the window; returns the seconds to wait), else records a
 * provisional failure in every bucket. Parallel attempts therefore cannot slip past the delay. `succeeded`
 * removes the provisional rows and the username's earlier failures; `release` only the provisional rows.
 */
export function reserveSignInAttempt(
  buckets: string[],
  now = new Date(),
): { ok: true; succeeded: () => void; release: () => void } | { ok: false; retryAfterSeconds: number } {
  const db = getDb().$client;
  const since = new Date(now.getTime() - WINDOW_MS).toISOString();
  const run = db.transaction(() => {
    let wait = 0;
    for (const b of buckets) {
      const rows = db.prepare("select at from login_attempts where bucket = ? and at > ?").all(b, since) as { at: string }[];
      const seconds = retryAfterSeconds(rows.map((r) => r.at), now);
      if (seconds !== null) wait = Math.max(wait, seconds);
    }
    if (wait > 0) return { ok: false as const, retryAfterSeconds: wait };
    const ids = buckets.map(
      (b) => Number(db.prepare("insert into login_attempts (bucket, at) values (?, ?)").run(b, now.toISOString()).lastInsertRowid),
    );
    // Old rows are useless: keep the table small.
    db.prepare("delete from login_attempts where at <= ?").run(new Date(now.getTime() - 2 * WINDOW_MS).toISOString());
    return { ok: true as const, ids };
  });
  const r = run.immediate();
  if (!r.ok) return r;
  const del = db.prepare("delete from login_attempts where id = ?");
  return {
    ok: true,
    /** The attempt was not made after all (the server was too busy to hash): it counts as nothing. */
    release: () => {
      for (const id of r.ids) del.run(id);
    },
    /** The attempt was right: drop its provisional rows and the earlier failures of the same username. */
    succeeded: () => {
      for (const id of r.ids) del.run(id);
      const userBucket = buckets.find((b) => b.startsWith("user:"));
      if (userBucket) db.prepare("delete from login_attempts where bucket = ?").run(userBucket);
    },
  };
}
