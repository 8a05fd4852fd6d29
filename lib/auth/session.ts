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

/** Sign-in rate limiting: at most MAX_FAILURES failed attempts per bucket within WINDOW_MS. */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

/** Minutes until the oldest failure in the window leaves it (at least 1), or null when not blocked. */
export function retryAfterMinutes(failuresInWindow: string[], now: Date): number | null {
  if (failuresInWindow.length < MAX_FAILURES) return null;
  const oldest = Math.min(...failuresInWindow.map((at) => Date.parse(at)));
  return Math.max(1, Math.ceil((oldest + WINDOW_MS - now.getTime()) / 60_000));
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
