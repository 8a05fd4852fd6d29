import { describe, expect, it } from "vitest";
import { IDLE_TIMEOUT_MS, FREE_FAILURES, MAX_DELAY_MS, clientAddress, cookieSecure, hashSessionToken, isSessionLive, looksLikeToken, newSessionToken, retryAfterSeconds, retryMessage, signInDelayMs } from "./session";

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
  it("lets the first failures through, then asks for a delay that doubles and stops at a minute", () => {
    expect(FREE_FAILURES).toBe(3);
    expect([0, 1, 2, 3, 4, 5, 8, 9, 50].map(signInDelayMs)).toEqual([0, 0, 0, 1000, 2000, 4000, 32_000, MAX_DELAY_MS, MAX_DELAY_MS]);
  });
  it("counts the wait from the latest failure, so an owner is never locked out for more than a minute", () => {
    const now = new Date("2026-01-01T12:00:00Z");
    const ago = (s: number) => new Date(now.getTime() - s * 1000).toISOString();
    expect(retryAfterSeconds([ago(5), ago(4)], now)).toBeNull();
    expect(retryAfterSeconds([ago(50), ago(40), ago(0.5)], now)).toBe(1); // 3 failures: 1 s after the latest
    expect(retryAfterSeconds([ago(50), ago(40), ago(2)], now)).toBeNull();
    const many = Array.from({ length: 40 }, (_, i) => ago(i * 20)); // 40 failures in the window, latest now
    expect(retryAfterSeconds(many, now)).toBe(60);
    expect(retryAfterSeconds(many.map((_, i) => ago(61 + i)), now)).toBeNull();
    expect(retryMessage(1)).toBe("Try again in 1 second.");
    expect(retryMessage(32)).toBe("Try again in 32 seconds.");
    expect(retryMessage(60)).toBe("Try again in 1 minute.");
  });
  it("trusts X-Forwarded-For only with TRUST_PROXY, taking the proxy's entry", () => {
    expect(clientAddress("1.2.3.4", undefined)).toBeNull();
    expect(clientAddress("6.6.6.6, 10.0.0.7", "1")).toBe("10.0.0.7");
    expect(clientAddress(null, "1")).toBeNull();
  });
});
