import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../tests/db";
import type { Db } from "../connection";
import { createSession, reserveSignInAttempt, revokeSession, revokeUserSessions, validateSession } from "../auth";
import { revertAuditEntry } from "./audit";
import { createActor, updateActor } from "./actors";
import { createEvent } from "./events";
import { correctStance, createStance, recordNewStance, type StanceSnapshot } from "./stances";
import { setUserDisabled } from "./users";
import { stanceInput, actorInput, eventInput } from "../../lib/admin/schemas";

let db: Db;
let cleanup: () => void;
let editor: { id: number; username: string };

beforeAll(() => {
  ({ db, cleanup } = createTestDb());
  const now = new Date().toISOString();
  const id = Number(
    db.$client
      .prepare("insert into users (username, password_hash, role, created_at, updated_at) values ('ed', 'x', 'editor', ?, ?)")
      .run(now, now).lastInsertRowid,
  );
  editor = { id, username: "ed" };
});
afterAll(() => cleanup());

function stanceId(actor: string, issue: string, from: string): number {
  return (
    db.$client
      .prepare(
        "select s.id from stances s join actors a on a.id = s.actor_id join issues i on i.id = s.issue_id where a.code = ? and i.slug = ? and s.valid_from = ?",
      )
      .get(actor, issue, from) as { id: number }
  ).id;
}

function row(id: number) {
  return db.$client.prepare("select position, summary, version from stances where id = ?").get(id) as { position: number | null; summary: string; version: number };
}

function auditCount(): number {
  return (db.$client.prepare("select count(*) as n from audit_log").get() as { n: number }).n;
}

const input = (over: Record<string, unknown>) =>
  stanceInput.parse({
    mode: "correct",
    validFrom: "",
    position: "1",
    salience: "3",
    confidence: "high",
    summary: "Corrected summary",
    evidence: [{ title: "T", publisher: "P", publishedOn: "2019", url: "https://example.org", paraphrase: "p" }],
    version: "1",
    ...over,
  });

describe("stance mutations", () => {
  it("a correction checks the version, bumps it and writes the audit row with before/after", () => {
    const id = stanceId("CHN", "end-of-war-declaration", "2018-01-01");
    const before = row(id);
    const audits = auditCount();
    const r = correctStance(id, input({ version: String(before.version), summary: "Fixed" }), editor);
    expect(r.status).toBe("ok");
    expect(row(id)).toMatchObject({ summary: "Fixed", version: before.version + 1 });
    const a = db.$client.prepare("select * from audit_log order by id desc limit 1").get() as Record<string, string>;
    expect(auditCount()).toBe(audits + 1);
    expect(a).toMatchObject({ action: "update", entity_type: "stance", entity_id: id, username: "ed" });
    expect(JSON.parse(a.before).summary).toBe(before.summary);
    expect(JSON.parse(a.after)).toMatchObject({ summary: "Fixed", version: before.version + 1 });
  });

  it("an unsourced correction removes the evidence, stores the coder's note and puts the note in the audit diff", () => {
    const id = (db.$client.prepare("select id from stances where note is null and id in (select stance_id from evidence) order by id desc limit 1").get() as { id: number }).id;
    const before = row(id);
    const r = correctStance(
      id,
      input({ version: String(before.version), evidence: [], unsourced: "on", note: "No public statement found; inferred from the joint statement." }),
      editor,
    );
    expect(r.status).toBe("ok");
    const stored = db.$client.prepare("select note, (select count(*) from evidence where stance_id = s.id) as n from stances s where id = ?").get(id);
    expect(stored).toEqual({ note: "No public statement found; inferred from the joint statement.", n: 0 });
    const a = db.$client.prepare("select before, after from audit_log order by id desc limit 1").get() as Record<string, string>;
    expect(JSON.parse(a.before).note).toBeNull();
    expect(JSON.parse(a.after)).toMatchObject({ note: "No public statement found; inferred from the joint statement.", evidence: [] });
  });

  it("a stale version is a conflict: nothing written, the current values returned", () => {
    const id = stanceId("CHN", "end-of-war-declaration", "2018-01-01");
    const current = row(id);
    const audits = auditCount();
    const r = correctStance(id, input({ version: String(current.version - 1), summary: "Stale" }), editor);
    expect(r.status).toBe("conflict");
    if (r.status === "conflict") expect((r.current as StanceSnapshot).summary).toBe(current.summary);
    expect(row(id)).toEqual(current);
    expect(auditCount()).toBe(audits);
  });

  it("the audit row is in the same transaction: if it cannot be written, the change is rolled back", () => {
    const id = stanceId("CHN", "joint-exercises", "2017-03-01");
    const current = row(id);
    db.$client.exec("create trigger no_audit before insert on audit_log begin select raise(abort, 'audit down'); end");
    try {
      expect(() => correctStance(id, input({ version: String(current.version), summary: "Unaudited" }), editor)).toThrow(/audit down/);
    } finally {
      db.$client.exec("drop trigger no_audit");
    }
    expect(row(id)).toEqual(current);
  });

  it("recording a new stance adds a dated row and keeps the old one", () => {
    const base = stanceId("CHN", "sanctions-relief", "2018-10-01");
    const old = row(base);
    const r = recordNewStance(base, input({ mode: "new", validFrom: "2031-03-01", position: "2", version: String(old.version), summary: "New" }), editor);
    expect(r.status).toBe("ok");
    expect(row(base)).toEqual(old);
    if (r.status === "ok") expect(row(r.id)).toMatchObject({ position: 2, summary: "New", version: 1 });
    // Same day again, or not after the base: refused with a message on the date field.
    const again = recordNewStance(base, input({ mode: "new", validFrom: "2031-03-01", version: String(old.version) }), editor);
    expect(again.status).toBe("invalid");
    const early = recordNewStance(base, input({ mode: "new", validFrom: "2018-01-01", version: String(old.version) }), editor);
    expect(early).toMatchObject({ status: "invalid", fieldErrors: { validFrom: [{ key: "notAfter", values: { date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } }] } });
  });

  it("revert restores the previous values as a new audited change, and refuses when the entity moved on", () => {
    const id = stanceId("RUS", "inter-korean-cooperation", "2019-12-16");
    const original = row(id);
    correctStance(id, input({ version: String(original.version), summary: "First" }), editor);
    correctStance(id, input({ version: String(original.version + 1), summary: "Second", position: "-1" }), editor);
    const [second, first] = db.$client
      .prepare("select id from audit_log where entity_type = 'stance' and entity_id = ? order by id desc limit 2")
      .all(id) as { id: number }[];
    expect(revertAuditEntry(first.id, editor).status).toBe("conflict");
    expect(row(id)).toMatchObject({ summary: "Second", position: -1 });
    const r = revertAuditEntry(second.id, editor);
    expect(r.status).toBe("ok");
    expect(row(id)).toMatchObject({ summary: "First", position: 1, version: original.version + 3 });
    const last = db.$client.prepare("select action, reverts_id as revertsId from audit_log order by id desc limit 1").get();
    expect(last).toEqual({ action: "revert", revertsId: second.id });
  });

  it("reverting a created stance removes it", () => {
    const base = stanceId("RUS", "sanctions-relief", "2024-03-28");
    const r = recordNewStance(base, input({ mode: "new", validFrom: "2032-01-01", version: String(row(base).version) }), editor);
    expect(r.status).toBe("ok");
    const entry = db.$client.prepare("select max(id) as id from audit_log").get() as { id: number };
    expect(revertAuditEntry(entry.id, editor).status).toBe("ok");
    if (r.status === "ok") expect(db.$client.prepare("select 1 from stances where id = ?").get(r.id)).toBeUndefined();
  });
});

describe("record a new stance and create one: one insert path", () => {
  const series = () =>
    db.$client
      .prepare("select count(*) as n from stances s join actors a on a.id = s.actor_id join issues i on i.id = s.issue_id where a.code = 'CHN' and i.slug = 'joint-exercises'")
      .get() as { n: number };
  const evidenceOf = (id: number) => db.$client.prepare("select title, publisher, published_on as publishedOn, sort_order as sortOrder from evidence where stance_id = ? order by sort_order").all(id);

  it("both write the row, its evidence and one audit row, and refuse a day the series already has, from either side", () => {
    const base = stanceId("CHN", "joint-exercises", "2017-03-01");
    const version = String(row(base).version);
    const two = [
      { title: "First", publisher: "P", publishedOn: "2035-01", url: "", paraphrase: "p" },
      { title: "Second", publisher: "Q", publishedOn: "2035", url: "https://example.org/2", paraphrase: "q" },
    ];
    const before = series().n;
    const audits = auditCount();
    const recorded = recordNewStance(base, input({ mode: "new", validFrom: "2035-01-01", version, evidence: two }), editor);
    expect(recorded).toMatchObject({ status: "ok", message: { key: "stanceRecordedNew", values: { actor: "CHN", issue: "joint-exercises", counterpart: "", date: "2035-01-01" } } });
    if (recorded.status !== "ok") return;
    expect(evidenceOf(recorded.id)).toEqual([
      { title: "First", publisher: "P", publishedOn: "2035-01", sortOrder: 0 },
      { title: "Second", publisher: "Q", publishedOn: "2035", sortOrder: 1 },
    ]);
    const audit = db.$client.prepare("select action, entity_id as id, before, after from audit_log order by id desc limit 1").get() as { action: string; id: number; before: string | null; after: string };
    expect(audit).toMatchObject({ action: "create", id: recorded.id, before: null });
    expect(JSON.parse(audit.after).evidence).toHaveLength(2);

    // The same day through the other door: the series already has it.
    const clash = createStance({ actor: "CHN", issue: "joint-exercises", counterpart: null }, input({ mode: "new", validFrom: "2035-01-01" }), editor);
    expect(clash).toMatchObject({ status: "invalid", fieldErrors: { validFrom: [{ key: "sameDay" }] } });
    const created = createStance({ actor: "CHN", issue: "joint-exercises", counterpart: null }, input({ mode: "new", validFrom: "2035-06-01" }), editor);
    expect(created).toMatchObject({ status: "ok", message: { key: "stanceRecorded", values: { actor: "CHN", issue: "joint-exercises", counterpart: "", date: "2035-06-01" } } });
    if (created.status === "ok") expect(evidenceOf(created.id)).toHaveLength(1);
    const again = recordNewStance(base, input({ mode: "new", validFrom: "2035-06-01", version }), editor);
    expect(again).toMatchObject({ status: "invalid", fieldErrors: { validFrom: [{ key: "sameDay" }] } });
    expect(series().n).toBe(before + 2);
    expect(auditCount()).toBe(audits + 2);
  });

  it("a stale version or a failing audit row writes nothing on the insert path", () => {
    const base = stanceId("CHN", "joint-exercises", "2017-03-01");
    const current = row(base);
    const before = series().n;
    const audits = auditCount();
    const stale = recordNewStance(base, input({ mode: "new", validFrom: "2036-01-01", version: String(current.version + 1) }), editor);
    expect(stale.status).toBe("conflict");
    if (stale.status === "conflict") expect((stale.current as StanceSnapshot).version).toBe(current.version);
    db.$client.exec("create trigger no_audit before insert on audit_log begin select raise(abort, 'audit down'); end");
    try {
      expect(() => recordNewStance(base, input({ mode: "new", validFrom: "2036-01-01", version: String(current.version) }), editor)).toThrow(/audit down/);
      expect(() => createStance({ actor: "CHN", issue: "joint-exercises", counterpart: null }, input({ mode: "new", validFrom: "2036-02-01" }), editor)).toThrow(/audit down/);
    } finally {
      db.$client.exec("drop trigger no_audit");
    }
    expect(series().n).toBe(before);
    expect(auditCount()).toBe(audits);
    expect(db.$client.prepare("select count(*) as n from evidence where stance_id not in (select id from stances)").get()).toEqual({ n: 0 });
  });
});

describe("first stance of a series", () => {
  it("is created with its audit row; the same start date twice is refused", () => {
    const audits = auditCount();
    const r = createStance({ actor: "CHN", issue: "abductions", counterpart: null }, input({ mode: "new", validFrom: "2032-05-01" }), editor);
    expect(r.status).toBe("ok");
    expect(auditCount()).toBe(audits + 1);
    expect(createStance({ actor: "CHN", issue: "abductions", counterpart: null }, input({ mode: "new", validFrom: "2032-05-01" }), editor).status).toBe("invalid");
    expect(createStance({ actor: "CHN", issue: "abductions", counterpart: "CHN" }, input({ mode: "new", validFrom: "2032-05-01" }), editor).status).toBe("invalid");
    expect(createStance({ actor: "NOPE", issue: "abductions", counterpart: null }, input({ mode: "new", validFrom: "2032-05-01" }), editor).status).toBe("invalid");
  });
  it("a directed stance (with a counterpart) is refused on an issue whose stances are not directed", () => {
    const undirected = createStance({ actor: "CHN", issue: "abductions", counterpart: "JPN" }, input({ mode: "new", validFrom: "2033-05-01" }), editor);
    expect(undirected).toMatchObject({ status: "invalid", fieldErrors: { counterpart: [{ key: "notDirected" }] } });
    expect(createStance({ actor: "CHN", issue: "summit-diplomacy", counterpart: "USA" }, input({ mode: "new", validFrom: "2033-05-01" }), editor)).toMatchObject({ status: "ok" });
  });
});

describe("actor mutations", () => {
  it("edits are version-checked and the code never changes", () => {
    const a = db.$client.prepare("select version from actors where code = 'RUS'").get() as { version: number };
    const data = actorInput.parse({ code: "XX", name: "Russian Federation", shortName: "Russia", color: "#000000", displayOrder: "60", description: "d", version: String(a.version) });
    expect(updateActor("RUS", data, editor).status).toBe("ok");
    expect(db.$client.prepare("select code, version from actors where code = 'RUS'").get()).toEqual({ code: "RUS", version: a.version + 1 });
    expect(updateActor("RUS", data, editor).status).toBe("conflict");
  });
});

describe("reverting a created actor", () => {
  it("is refused while an event names the actor (the cascade would drop it from the event unaudited)", () => {
    const a = actorInput.parse({ code: "TST", name: "Test actor", shortName: "Test", color: "#000000", displayOrder: "70", description: "", version: "1" });
    expect(createActor(a, editor).status).toBe("ok");
    const created = db.$client.prepare("select max(id) as id from audit_log").get() as { id: number };
    const e = createEvent(eventInput.parse({ date: "2033-01-01", title: "Test event", description: "d", confidence: "high", actors: ["TST"], version: "1" }), editor);
    expect(e.status).toBe("ok");
    const r = revertAuditEntry(created.id, editor);
    expect(r.status).not.toBe("ok");
    expect(r).toMatchObject({ status: "conflict", message: { key: "actorInEvents", values: { count: 1 } } });
    expect(db.$client.prepare("select count(*) as n from event_actors ea join actors a on a.id = ea.actor_id where a.code = 'TST'").get()).toEqual({ n: 1 });
    // Unreferenced, the revert goes through.
    if (e.status === "ok") db.$client.prepare("delete from event_actors where event_id = ?").run(e.id);
    expect(revertAuditEntry(created.id, editor).status).toBe("ok");
    expect(db.$client.prepare("select 1 from actors where code = 'TST'").get()).toBeUndefined();
  });
});

describe("sessions and rate limiting", () => {
  it("a session works until it is revoked; disabling the user ends all sessions", () => {
    const s = createSession(editor.id, "test");
    expect(validateSession(s.token)?.user).toEqual({ id: editor.id, username: "ed", role: "editor" });
    expect(validateSession("A".repeat(43))).toBeNull();
    revokeSession(s.token);
    expect(validateSession(s.token)).toBeNull();

    const t = createSession(editor.id, "test");
    const now = new Date().toISOString();
    const rootId = Number(
      db.$client.prepare("insert into users (username, password_hash, role, created_at, updated_at) values ('root', 'x', 'admin', ?, ?)").run(now, now).lastInsertRowid,
    );
    const admin = { id: rootId, username: "root" };
    const v = (db.$client.prepare("select version from users where id = ?").get(editor.id) as { version: number }).version;
    expect(setUserDisabled(editor.id, true, v, admin).status).toBe("ok");
    expect(validateSession(t.token)).toBeNull();
    expect(setUserDisabled(editor.id, false, v + 1, admin).status).toBe("ok");
    expect(validateSession(t.token)).toBeNull();
  });

  it("sessions expire: idle for 8 hours, or 7 days after sign-in", () => {
    const signedIn = new Date("2030-01-01T00:00:00Z");
    const s = createSession(editor.id, null, signedIn);
    expect(validateSession(s.token, new Date("2030-01-01T07:00:00Z"))).not.toBeNull();
    expect(validateSession(s.token, new Date("2030-01-01T16:00:00Z"))).toBeNull();
    const u = createSession(editor.id, null, signedIn);
    db.$client.prepare("update sessions set last_seen_at = ? where expires_at = ? and id = (select max(id) from sessions)").run("2030-01-07T23:59:00Z", "2030-01-08T00:00:00.000Z");
    expect(validateSession(u.token, new Date("2030-01-08T00:00:01Z"))).toBeNull();
  });

  it("revokeUserSessions can keep the current session", () => {
    const keep = createSession(editor.id, null);
    const other = createSession(editor.id, null);
    const keepId = (validateSession(keep.token) as { sessionId: number }).sessionId;
    revokeUserSessions(editor.id, keepId);
    expect(validateSession(keep.token)).not.toBeNull();
    expect(validateSession(other.token)).toBeNull();
  });

  it("after 3 failures per bucket asks for a delay from the latest failure that doubles, without recording the refused try", () => {
    const now = new Date("2030-06-01T12:00:00Z");
    const at = (ms: number) => new Date(now.getTime() + ms);
    const count = (bucket: string) =>
      (db.$client.prepare("select count(*) as n from login_attempts where bucket = ?").get(bucket) as { n: number }).n;
    for (let i = 0; i < 3; i++) expect(reserveSignInAttempt(["user:mallory", `ip:10.0.0.${i}`], now).ok).toBe(true);
    expect(reserveSignInAttempt(["user:mallory", "ip:10.0.0.9"], now)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(count("user:mallory")).toBe(3);
    // After the delay one more try, then twice the delay.
    expect(reserveSignInAttempt(["user:mallory"], at(1000)).ok).toBe(true);
    expect(reserveSignInAttempt(["user:mallory"], at(1500))).toEqual({ ok: false, retryAfterSeconds: 2 });
    expect(reserveSignInAttempt(["user:mallory"], at(3000)).ok).toBe(true);
    // However many failures, the owner waits at most a minute after the latest one.
    for (let i = 0; i < 20; i++) db.$client.prepare("insert into login_attempts (bucket, at) values (?, ?)").run("user:mallory", at(3000).toISOString());
    expect(reserveSignInAttempt(["user:mallory"], at(3000))).toEqual({ ok: false, retryAfterSeconds: 60 });
    expect(reserveSignInAttempt(["user:mallory"], at(63_001)).ok).toBe(true);
    // Per address too, across usernames.
    for (let i = 0; i < 3; i++) reserveSignInAttempt([`user:u${i}`, "ip:192.0.2.1"], now);
    expect(reserveSignInAttempt(["user:fresh", "ip:192.0.2.1"], now).ok).toBe(false);
    // A released attempt (server too busy to hash) counts as nothing; a success clears the username's failures.
    const released = reserveSignInAttempt(["user:busy"], now);
    expect(released.ok && count("user:busy")).toBe(1);
    if (released.ok) released.release();
    expect(count("user:busy")).toBe(0);
    const ok = reserveSignInAttempt(["user:mallory"], at(200_000));
    expect(ok.ok).toBe(true);
    if (ok.ok) ok.succeeded();
    expect(count("user:mallory")).toBe(0);
  });
});

describe("Korean texts", () => {
  it("a correction saves the Korean summary, note and evidence texts, and the audit diff shows them", () => {
    const id = stanceId("CHN", "end-of-war-declaration", "2018-01-01");
    const version = row(id).version;
    const r = correctStance(
      id,
      input({
        version: String(version),
        summaryKo: "수정된 요약",
        noteKo: "코더 메모",
        evidence: [{ title: "T", publisher: "P", publishedOn: "2019", url: "https://example.org", paraphrase: "p", paraphraseKo: "한국어 요약", quote: "Exact words" }],
      }),
      editor,
    );
    expect(r.status).toBe("ok");
    const saved = db.$client.prepare("select summary_ko as s, note_ko as n from stances where id = ?").get(id) as { s: string; n: string };
    expect(saved).toEqual({ s: "수정된 요약", n: "코더 메모" });
    const ev = db.$client.prepare("select paraphrase_ko as p, quote from evidence where stance_id = ?").get(id) as { p: string; quote: string };
    expect(ev).toEqual({ p: "한국어 요약", quote: "Exact words" });
    const audit = db.$client.prepare("select after from audit_log where entity_type = 'stance' and entity_id = ? order by id desc").get(id) as { after: string };
    expect(JSON.parse(audit.after)).toMatchObject({ summaryKo: "수정된 요약", evidence: [{ paraphraseKo: "한국어 요약" }] });
  });
  it("an actor's Korean short name is saved, and an empty one becomes null (not yet translated)", () => {
    const actor = db.$client.prepare("select version from actors where code = 'JPN'").get() as { version: number };
    const base = { code: "JPN", name: "Japan", shortName: "Japan", color: "#E69F00", displayOrder: "5", description: "", version: String(actor.version) };
    expect(updateActor("JPN", actorInput.parse({ ...base, shortNameKo: "일본", nameKo: " " }), editor).status).toBe("ok");
    expect(db.$client.prepare("select short_name_ko as s, name_ko as n from actors where code = 'JPN'").get()).toEqual({ s: "일본", n: null });
  });
});
