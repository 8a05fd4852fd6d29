/**
 * The real sign-in, sign-out and password-change server actions against a real SQLite file, with Next's request
 * APIs (cookies, headers, redirect) replaced by small fakes. Password hashing is spied on through the module, so
 * "refused without hashing" is checked directly, not by timing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished, vi } from "vitest";

type CookieOptions = { httpOnly?: boolean; sameSite?: string; path?: string; secure?: boolean; expires?: Date };
const jar = new Map<string, { value: string; options?: CookieOptions }>();
const requestHeaders = new Headers();

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)!.value } : undefined),
    set: (name: string, value: string, options?: CookieOptions) => void jar.set(name, { value, options }),
    delete: (name: string) => void jar.delete(name),
  }),
  headers: async () => requestHeaders,
}));
// The actions redirect in the language of the request (app/[locale]/admin/_lib/redirect.ts); these requests are English.
// The actions read their messages from the English catalogue, as on an English page.
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const { en } = await import("../../messages");
  return {
    getLocale: async () => "en",
    getTranslations: async (namespace: string) => createTranslator({ locale: "en", messages: en, namespace: namespace as never }),
  };
});
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`REDIRECT ${to}`);
  },
  forbidden: () => {
    throw new Error("FORBIDDEN");
  },
}));
vi.mock("../../lib/auth/password", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../lib/auth/password")>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword), dummyHash: vi.fn(real.dummyHash), hashPassword: vi.fn(real.hashPassword) };
});

import { createTestDb } from "../db";
import { validateSession } from "../../db/auth";
import { setUserDisabled } from "../../db/mutations/users";
import * as password from "../../lib/auth/password";
import { SESSION_COOKIE } from "../../lib/auth/session";
import { signIn } from "../../app/[locale]/(site)/admin/sign-in/actions";
import { signOut } from "../../app/[locale]/(site)/admin/session-actions";
import { changeOwnPassword } from "../../app/[locale]/(site)/admin/account/actions";
import { sessionCookieOptions } from "../../app/[locale]/(site)/admin/_lib/auth";
import type { Db } from "../../db/connection";

const PASSPHRASE_64 = "correct horse battery staple, then some more words: 64 chars lon";
const ADMIN_PASS = "an-admin-passphrase-long-enough";
let db: Db;
let cleanup: () => void;
let aliceId: number;

function form(values: Record<string, string>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.append(k, v);
  return fd;
}

/** Signs in with the real action; returns the new cookie value (or the form state when refused). */
async function attempt(username: string, pass: string): Promise<{ token?: string; state?: Awaited<ReturnType<typeof signIn>> }> {
  jar.delete(SESSION_COOKIE);
  try {
    const state = await signIn({ status: "idle" }, form({ username, password: pass }));
    return { state };
  } catch (e) {
    expect(String(e)).toContain("REDIRECT /admin");
    return { token: jar.get(SESSION_COOKIE)?.value };
  }
}

function addUser(username: string, hash: string, role: "admin" | "editor" = "editor"): number {
  const now = new Date().toISOString();
  return Number(
    db.$client
      .prepare("insert into users (username, password_hash, role, created_at, updated_at) values (?, ?, ?, ?, ?)")
      .run(username, hash, role, now, now).lastInsertRowid,
  );
}

beforeAll(async () => {
  ({ db, cleanup } = createTestDb({ seed: false }));
  expect(PASSPHRASE_64).toHaveLength(64);
  aliceId = addUser("alice", await password.hashPassword(PASSPHRASE_64));
  addUser("root", password.hashPasswordSync(ADMIN_PASS), "admin");
}, 60_000);
afterAll(() => cleanup());
beforeEach(() => {
  jar.clear();
  vi.mocked(password.verifyPassword).mockClear();
  vi.mocked(password.dummyHash).mockClear();
  db.$client.prepare("delete from login_attempts").run();
});

describe("[security] sign-in", () => {
  it("a 64-character passphrase signs in; each sign-in gets a new token in an HttpOnly, SameSite=Lax, Path=/ cookie", async () => {
    const first = await attempt("alice", PASSPHRASE_64);
    const second = await attempt("alice", PASSPHRASE_64);
    expect(first.token).toBeTruthy();
    expect(second.token).toBeTruthy();
    expect(second.token).not.toBe(first.token);
    expect(validateSession(second.token)?.user.username).toBe("alice");
    const options = jar.get(SESSION_COOKIE)!.options!;
    expect(options.httpOnly).toBe(true);
    expect(["lax", "strict"]).toContain(options.sameSite);
    expect(options.path).toBe("/");
    // The 63-character prefix is a different password.
    expect((await attempt("alice", PASSPHRASE_64.slice(0, 63))).token).toBeUndefined();
  }, 60_000);

  it("unknown user and wrong password get the same answer, and both spend a hash", async () => {
    const wrong = (await attempt("alice", "not-the-password-at-all")).state!;
    const unknown = (await attempt("nobody-here", "not-the-password-at-all")).state!;
    expect(wrong.status).toBe("error");
    expect(unknown.status).toBe(wrong.status);
    expect("message" in unknown && unknown.message).toBe("message" in wrong && wrong.message);
    expect(password.verifyPassword).toHaveBeenCalledTimes(2);
    expect(password.dummyHash).toHaveBeenCalledTimes(1); // the unknown user is compared against a dummy hash
  }, 60_000);

  it("after 3 failures a username must wait: a try within the delay is refused without hashing, even with the right password", async () => {
    // The clock stands still (only Date is faked): the 4th try is within the 1 s delay however slow scrypt runs.
    vi.useFakeTimers({ toFake: ["Date"] });
    onTestFinished(() => void vi.useRealTimers());
    for (let i = 0; i < 3; i++) expect((await attempt("alice", `wrong-${i}`)).token).toBeUndefined();
    expect(password.verifyPassword).toHaveBeenCalledTimes(3);
    const fourth = await attempt("alice", PASSPHRASE_64);
    expect(fourth.token).toBeUndefined();
    expect(fourth.state && "message" in fourth.state && fourth.state.message).toMatch(/Too many failed sign-in attempts\. Try again in \d+ seconds?\./);
    expect(password.verifyPassword).toHaveBeenCalledTimes(3);
    expect(password.dummyHash).not.toHaveBeenCalled();
  }, 120_000);

  it("after 3 failures from one address (behind a trusted proxy) a try within the delay is refused without hashing", async () => {
    vi.stubEnv("TRUST_PROXY", "1");
    requestHeaders.set("x-forwarded-for", "203.0.113.9");
    vi.useFakeTimers({ toFake: ["Date"] });
    onTestFinished(() => void vi.useRealTimers());
    try {
      for (let i = 0; i < 3; i++) await attempt(`ghost${i}`, "wrong-password");
      expect(password.verifyPassword).toHaveBeenCalledTimes(3);
      const fourth = await attempt("alice", PASSPHRASE_64);
      expect(fourth.token).toBeUndefined();
      expect(password.verifyPassword).toHaveBeenCalledTimes(3);
    } finally {
      requestHeaders.delete("x-forwarded-for");
      vi.unstubAllEnvs();
    }
  }, 120_000);

  it("a form with __proto__, constructor or prototype names is refused before anything is built or hashed", async () => {
    for (const name of ["__proto__.polluted", "constructor.prototype.polluted", "username.__proto__", "a[4294967294]", "x".repeat(200)]) {
      const fd = form({ username: "alice", password: PASSPHRASE_64 });
      fd.append(name, "yes");
      const state = await signIn({ status: "idle" }, fd);
      expect(state.status).toBe("invalid");
      expect("message" in state && state.message).toMatch(/could not be read/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
    expect(password.verifyPassword).not.toHaveBeenCalled();
  });

  it("100 sign-ins at once: hashing runs one at a time, four wait, the rest are told the server is busy without hashing", async () => {
    const states = await Promise.all(
      Array.from({ length: 100 }, (_, i) => signIn({ status: "idle" }, form({ username: `spray-${i}-${Math.random()}`, password: "guess-guess-guess" }))),
    );
    const busy = states.filter((s) => "message" in s && /busy/.test(s.message));
    const wrong = states.filter((s) => "message" in s && /not right/.test(s.message));
    expect(busy.length + wrong.length).toBe(100);
    expect(wrong.length).toBeGreaterThanOrEqual(1);
    expect(wrong.length).toBeLessThanOrEqual(1 + 4);
    expect(password.passwordGate.load()).toEqual({ running: 0, waiting: 0 });
    // A busy answer records no failure: the spray's usernames have at most the hashed attempts.
    const n = (db.$client.prepare("select count(*) as n from login_attempts where bucket like 'user:spray-%'").get() as { n: number }).n;
    expect(n).toBe(wrong.length);
  }, 120_000);

  it("stored hashes are scrypt with N >= 2^17", () => {
    const rows = db.$client.prepare("select password_hash as h from users").all() as { h: string }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const { h } of rows) {
      const [scheme, logN, r, p, salt, key] = h.split("$");
      expect(scheme).toBe("scrypt");
      expect(2 ** Number(logN)).toBeGreaterThanOrEqual(2 ** 17);
      expect(Number(r)).toBeGreaterThanOrEqual(8);
      expect(Number(p)).toBeGreaterThanOrEqual(1);
      expect(Buffer.from(salt, "base64url").length).toBeGreaterThanOrEqual(16);
      expect(Buffer.from(key, "base64url").length).toBeGreaterThanOrEqual(32);
    }
  });
});

describe("[security] session cookie lifetime", () => {
  it("the old cookie is useless after sign-out", async () => {
    const { token } = await attempt("alice", PASSPHRASE_64);
    expect(validateSession(token)).not.toBeNull();
    await expect(signOut()).rejects.toThrow("REDIRECT /admin/sign-in");
    expect(jar.has(SESSION_COOKIE)).toBe(false);
    expect(validateSession(token)).toBeNull();
  }, 60_000);

  it("a password change ends the user's other sessions; disabling the account ends all of them", async () => {
    const other = (await attempt("alice", PASSPHRASE_64)).token!;
    const current = (await attempt("alice", PASSPHRASE_64)).token!;
    const next = `${PASSPHRASE_64.slice(0, 60)}-new`;
    const state = await changeOwnPassword({ status: "idle" }, form({ current: PASSPHRASE_64, next, confirm: next }));
    expect(state.status).toBe("saved");
    expect(validateSession(other)).toBeNull();
    expect(validateSession(current)).not.toBeNull();
    expect((await attempt("alice", PASSPHRASE_64)).token).toBeUndefined();
    const fresh = (await attempt("alice", next)).token!;
    expect(validateSession(fresh)).not.toBeNull();

    const root = db.$client.prepare("select id from users where username = 'root'").get() as { id: number };
    const v = (db.$client.prepare("select version from users where id = ?").get(aliceId) as { version: number }).version;
    expect(setUserDisabled(aliceId, true, v, { id: root.id, username: "root" }).status).toBe("ok");
    expect(validateSession(fresh)).toBeNull();
    expect(validateSession(current)).toBeNull();
    expect((await attempt("alice", next)).token).toBeUndefined();
  }, 120_000);

  it("idle and absolute expiry are enforced by validateSession(now)", async () => {
    const { createSession } = await import("../../db/auth");
    const root = (db.$client.prepare("select id from users where username = 'root'").get() as { id: number }).id;
    const t0 = new Date("2031-01-01T00:00:00Z");
    const hours = (h: number) => new Date(t0.getTime() + h * 3600_000);
    const idle = createSession(root, null, t0);
    expect(validateSession(idle.token, hours(7.9))).not.toBeNull(); // touches last_seen_at
    expect(validateSession(idle.token, hours(15.8))).not.toBeNull();
    expect(validateSession(idle.token, hours(15.8 + 8.01))).toBeNull(); // idle for 8 hours
    // Active every 4 hours, still dead 7 days after sign-in.
    const busy = createSession(root, null, t0);
    for (let h = 4; h < 168; h += 4) expect(validateSession(busy.token, hours(h)), `hour ${h}`).not.toBeNull();
    expect(validateSession(busy.token, hours(168))).toBeNull();
    expect(validateSession(busy.token, hours(168.01))).toBeNull();
  });

  it("Secure is set in production over https (directly or via X-Forwarded-Proto), not on plain http", async () => {
    vi.stubEnv("NODE_ENV", "production");
    try {
      requestHeaders.set("x-forwarded-proto", "https");
      expect((await sessionCookieOptions(new Date())).secure).toBe(true);
      requestHeaders.set("x-forwarded-proto", "http");
      expect((await sessionCookieOptions(new Date())).secure).toBe(false);
      vi.stubEnv("SESSION_COOKIE_SECURE", "true");
      expect((await sessionCookieOptions(new Date())).secure).toBe(true);
    } finally {
      requestHeaders.delete("x-forwarded-proto");
      vi.unstubAllEnvs();
    }
  });
});
