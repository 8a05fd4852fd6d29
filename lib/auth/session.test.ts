import { describe, expect, it } from "vitest";
import { IDLE_TIMEOUT_MS, MAX_FAILURES, clientAddress, cookieSecure, hashSessionToken, isSessionLive, looksLikeToken, newSessionToken, retryAfterMinutes } from "./session";

describe("session tokens", () => {
  it("are 32 random bytes, base64url, and stored only as SHA-256", () => {
    const t = newSessionToken();
    expect(looksLikeToken(t)).toBe(true);
    expect(newSessionToken()).not.toBe(t);
    expect(hashSessionToken(t)).toMatch(/^[0-9a-f]{64}$/);
    expect(looksLikeToken("x'; drop table users")).toBe(false);
  });
  it("expire when revoked, past the absolute expiry, or idle too long", () => {
    const now = new Date("2026-01-01T12:00:00Z");
    const live = { createdAt: "2026-01-01T00:00:00Z", lastSeenAt: "2026-01-01T11:00:00Z", expiresAt: "2026-01-08T00:00:00Z", revokedAt: null };
    expect(isSessionLive(live, now)).toBe(true);
    expect(isSessionLive({ ...live, revokedAt: "2026-01-01T11:30:00Z" }, now)).toBe(false);
    expect(isSessionLive({ ...live, expiresAt: "2026-01-01T11:59:59Z" }, now)).toBe(false);
    expect(isSessionLive({ ...live, lastSeenAt: new Date(now.getTime() - IDLE_TIMEOUT_MS).toISOString() }, now)).toBe(false);
  });
});

describe("cookie Secure flag", () => {
  it("is on for production over https, and SESSION_COOKIE_SECURE overrides", () => {
    expect(cookieSecure({ NODE_ENV: "production" }, "https")).toBe(true);
    expect(cookieSecure({ NODE_ENV: "production" }, "http")).toBe(false);
    expect(cookieSecure({ NODE_ENV: "development" }, "https")).toBe(false);
    expect(cookieSecure({ NODE_ENV: "production", SESSION_COOKIE_SECURE: "true" }, "http")).toBe(true);
    expect(cookieSecure({ NODE_ENV: "production", SESSION_COOKIE_SECURE: "false" }, "https")).toBe(false);
  });
});

describe("rate limit arithmetic and client address", () => {
  it("blocks at the fifth failure in the window and says how long to wait", () => {
    const now = new Date("2026-01-01T12:00:00Z");
    const at = (min: number) => new Date(now.getTime() - min * 60_000).toISOString();
    expect(retryAfterMinutes([at(1), at(2), at(3), at(4)], now)).toBeNull();
    expect(MAX_FAILURES).toBe(5);
    expect(retryAfterMinutes([at(10), at(1), at(2), at(3), at(4)], now)).toBe(5);
  });
  it("trusts X-Forwarded-For only with TRUST_PROXY, taking the proxy's entry", () => {
    expect(clientAddress("1.2.3.4", undefined)).toBeNull();
    expect(clientAddress("6.6.6.6, 10.0.0.7", "1")).toBe("10.0.0.7");
    expect(clientAddress(null, "1")).toBeNull();
  });
});
