/**
 * Session tokens and lifetimes, pure (node:crypto only). A token is 32 random bytes sent to the browser in the
 * cookie; the database keeps only its SHA-256, so a leaked database does not leak live sessions.
 */
import { createHash, randomBytes } from "node:crypto";

export const SESSION_COOKIE = "sa_session";
/** A session ends after this much inactivity ... */
export const IDLE_TIMEOUT_MS = 8 * 60 * 60 * 1000;
/** ... and at the latest this long after sign-in, however active. */
export const ABSOLUTE_TIMEOUT_MS = 7 * 24 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, so reads do not turn into a write per request. */
export const TOUCH_INTERVAL_MS = 60 * 1000;

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A cookie value that cannot be one of our tokens is refused before any database lookup. */
export function looksLikeToken(value: string | undefined): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}

export type SessionTimes = { createdAt: string; lastSeenAt: string; expiresAt: string; revokedAt: string | null };

/** Live: not revoked, before its absolute expiry and used within the idle timeout. */
export function isSessionLive(s: SessionTimes, now: Date): boolean {
  if (s.revokedAt) return false;
  const t = now.getTime();
  if (Date.parse(s.expiresAt) <= t) return false;
  return Date.parse(s.lastSeenAt) + IDLE_TIMEOUT_MS > t;
}

/**
 * Whether the cookie gets `Secure`: SESSION_COOKIE_SECURE=true|false decides when set; otherwise production
 * requests that arrived over https (directly or per X-Forwarded-Proto) get it.
 */
export function cookieSecure(env: { SESSION_COOKIE_SECURE?: string; NODE_ENV?: string }, protocol: string | null): boolean {
  const flag = env.SESSION_COOKIE_SECURE?.trim().toLowerCase();
  if (flag === "true" || flag === "1") return true;
  if (flag === "false" || flag === "0") return false;
  return env.NODE_ENV === "production" && protocol === "https";
}

/**
 * Sign-in throttling: a growing delay per bucket (a username, or an address behind a trusted proxy) instead of a
 * hard lock-out. The first FREE_FAILURES failures within WINDOW_MS cost nothing; after that each attempt must
 * wait 1, 2, 4 ... seconds after the bucket's latest failure, capped at MAX_DELAY_MS. Guessing is held to about
 * one try a minute per username (about 1,400 a day, hopeless against a 12-character password), while a stranger
 * who knows a username can delay its owner by at most a minute after their own last attempt, never lock them out
 * for a quarter of an hour.
 */
export const FREE_FAILURES = 3;
export const MAX_DELAY_MS = 60_000;
export const WINDOW_MS = 15 * 60 * 1000;

/** The delay after the latest failure once `failures` failures are in the window. */
export function signInDelayMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - FREE_FAILURES));
}

/** Seconds until the bucket may try again (at least 1), or null when it may try now. */
export function retryAfterSeconds(failuresInWindow: string[], now: Date): number | null {
  const delay = signInDelayMs(failuresInWindow.length);
  if (delay === 0) return null;
  const latest = Math.max(...failuresInWindow.map((at) => Date.parse(at)));
  const wait = latest + delay - now.getTime();
  return wait > 0 ? Math.max(1, Math.ceil(wait / 1000)) : null;
}

/** "Try again in 5 seconds." / "Try again in 1 minute." */
export function retryMessage(seconds: number): string {
  if (seconds >= 60) return `Try again in ${Math.ceil(seconds / 60)} minute${seconds > 60 ? "s" : ""}.`;
  return `Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`;
}

/**
 * The client address for per-address limiting. Next.js passes the socket address as X-Forwarded-For only when
 * the request had none, so a client can forge it: it is used only when TRUST_PROXY is set (a reverse proxy
 * that overwrites or appends the header), taking the right-most entry, the one the proxy added.
 */
export function clientAddress(forwardedFor: string | null, trustProxy: string | undefined): string | null {
  if (!trustProxy || trustProxy === "0" || trustProxy.toLowerCase() === "false") return null;
  const parts = (forwardedFor ?? "").split(",").map((p) => p.trim()).filter(Boolean);
  return parts.at(-1) ?? null;
}
