import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../tests/db";
import type { Db } from "../connection";
import { eventInput, stanceInput } from "../../lib/admin/schemas";
import { approveDraft, createDraft, draftSubjects, getDraft, reviewRequired, sendBackDraft, setReviewRequired, withdrawDraft } from "./drafts";
import { correctStance } from "./stances";

let db: Db;
let cleanup: () => void;
let ana: { id: number; username: string };
let ben: { id: number; username: string };

function user(name: string) {
  const now = new Date().toISOString();
  const id = Number(
    db.$client.prepare("insert into users (username, password_hash, role, created_at, updated_at) values (?, 'x', 'editor', ?, ?)").run(name, now, now).lastInsertRowid,
  );
  return { id, username: name };
}

beforeAll(() => {
  ({ db, cleanup } = createTestDb());
  ana = user("ana");
  ben = user("ben");
});
afterAll(() => cleanup());

const sourced = { title: "T", publisher: "P", publishedOn: "2019", url: "https://example.org", paraphrase: "p" };

function stance(actor: string, issue: string) {
  return db.$client
    .prepare(
      `select s.id, s.version, s.summary, s.position from stances s join actors a on a.id = s.actor_id join issues i on i.id = s.issue_id
       where a.code = ? and i.slug = ? and s.counterpart_id is null order by s.valid_from desc limit 1`,
    )
    .get(actor, issue) as { id: number; version: number; summary: string; position: number | null };
}

const audits = () => db.$client.prepare("select count(*) as n from audit_log").get() as { n: number };

describe("drafts", () => {
  it("review is off by default; an admin's switch is audited", () => {
    expect(reviewRequired()).toBe(false);
    expect(setReviewRequired(true, ana).status).toBe("ok");
    expect(reviewRequired()).toBe(true);
    const row = db.$client.prepare("select entity_type, after from audit_log order by id desc limit 1").get() as { entity_type: string; after: string };
    expect(row).toEqual({ entity_type: "setting", after: JSON.stringify({ reviewRequired: true }) });
    setReviewRequired(false, ana);
  });

  it("a draft changes nothing public; another account approves it as one audited change naming both", () => {
    const s = stance("CHN", "security-order");
    const input = stanceInput.parse({ mode: "correct", validFrom: "", position: "1", salience: "3", confidence: "medium", summary: "Draft summary", evidence: [sourced], version: String(s.version) });
    const before = audits().n;
    const d = createDraft({ kind: "stance-correct", targetId: s.id, input }, "Correct CHN security order", ana);
    expect(d.status).toBe("ok");
    expect(stance("CHN", "security-order").summary).toBe(s.summary);
    expect(audits().n).toBe(before);
    if (d.status !== "ok") return;
    // A correction is named by the series and the start of the stance it corrects.
    expect(draftSubjects([d.id]).get(d.id)).toEqual({ kind: "stance", actor: "CHN", issue: "security-order", counterpart: null, validFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });

    // The author cannot approve or send back their own draft.
    expect(approveDraft(d.id, ana)).toMatchObject({ status: "invalid", fieldErrors: { _form: [{ key: "approveOwnDraft" }] } });
    expect(sendBackDraft(d.id, ana, "no")).toMatchObject({ status: "invalid", fieldErrors: { _form: [{ key: "sendBackOwnDraft" }] } });

    const r = approveDraft(d.id, ben);
    expect(r.status).toBe("ok");
    const after = stance("CHN", "security-order");
    expect(after.summary).toBe("Draft summary");
    const row = db.$client
      .prepare("select user_id, username, reviewer_id, reviewer_username from audit_log order by id desc limit 1")
      .get();
    expect(row).toEqual({ user_id: ana.id, username: "ana", reviewer_id: ben.id, reviewer_username: "ben" });
    expect(db.$client.prepare("select reviewed_by from stances where id = ?").get(after.id)).toEqual({ reviewed_by: ben.id });
    expect(getDraft(d.id)).toMatchObject({ status: "approved", reviewerUsername: "ben" });
    // Decided once.
    expect(approveDraft(d.id, ben).status).toBe("invalid");
  });

  it("a draft based on a version that has since changed is a conflict at review: nothing written, the draft stays pending", () => {
    const s = stance("CHN", "sanctions-relief");
    const input = stanceInput.parse({ mode: "correct", validFrom: "", position: "0", salience: "2", confidence: "low", summary: "Stale draft", evidence: [sourced], version: String(s.version) });
    const d = createDraft({ kind: "stance-correct", targetId: s.id, input }, "stale", ana);
    // Someone publishes a correction directly in the meantime.
    expect(correctStance(s.id, { ...input, summary: "Published meanwhile" }, ben).status).toBe("ok");
    const before = audits().n;
    if (d.status !== "ok") throw new Error("draft");
    const r = approveDraft(d.id, ben);
    expect(r.status).toBe("conflict");
    expect(stance("CHN", "sanctions-relief").summary).toBe("Published meanwhile");
    expect(audits().n).toBe(before);
    expect(getDraft(d.id)?.status).toBe("pending");
    // It can be sent back with a comment, or withdrawn by its author.
    expect(sendBackDraft(d.id, ben, "Redo it on the current version.").status).toBe("ok");
    expect(getDraft(d.id)).toMatchObject({ status: "sent-back", reviewComment: "Redo it on the current version." });
    expect(withdrawDraft(d.id, ana).status).toBe("invalid");
  });

  it("new events go through drafts too; only the author withdraws", () => {
    const input = eventInput.parse({ date: "2033-02-01", title: "Drafted event", description: "d", confidence: "high", actors: ["ROK"], version: "1" });
    const d = createDraft({ kind: "event-create", input }, "Add event", ana);
    if (d.status !== "ok") throw new Error("draft");
    expect(db.$client.prepare("select count(*) as n from events where title = 'Drafted event'").get()).toEqual({ n: 0 });
    expect(withdrawDraft(d.id, ben)).toMatchObject({ status: "invalid", fieldErrors: { _form: [{ key: "withdrawOthersDraft" }] } });
    // The review queue names what a draft proposes from its payload: the event's title and date.
    expect(draftSubjects([d.id]).get(d.id)).toEqual({ kind: "event", title: "Drafted event", titleKo: null, date: "2033-02-01" });
    const e2 = createDraft({ kind: "event-create", input }, "Add event", ana);
    expect(withdrawDraft(d.id, ana)).toMatchObject({ status: "ok", message: { key: "draftWithdrawn" } });
    expect(withdrawDraft(d.id, ana)).toMatchObject({ status: "invalid", fieldErrors: { _form: [{ key: "draftWasWithdrawn" }] } });
    if (e2.status !== "ok") throw new Error("draft");
    expect(approveDraft(e2.id, ben).status).toBe("ok");
    expect(db.$client.prepare("select count(*) as n from events where title = 'Drafted event'").get()).toEqual({ n: 1 });
  });
});
