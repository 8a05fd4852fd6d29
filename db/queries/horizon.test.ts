import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../tests/db";
import { DATASET } from "../seed/dataset";
import { getCodingHorizon } from "./horizon";

let ctx: ReturnType<typeof createTestDb>;
beforeAll(() => {
  ctx = createTestDb();
});
afterAll(() => ctx.cleanup());

describe("coding horizon against a real SQLite file", () => {
  it("is the newest stance start or end or event date of the seeded data", () => {
    const dates = [
      ...DATASET.stances.flatMap((s) => [s.validFrom, s.validUntil]),
      ...DATASET.events.flatMap((e) => [e.date, e.endDate]),
    ].filter((d): d is string => typeof d === "string");
    expect(getCodingHorizon()).toBe(dates.sort().at(-1));
  });

  it("moves with a newer event and with a newer explicit stance end", () => {
    const c = ctx.db.$client;
    c.prepare("insert into events (date, title, description, confidence, sources, created_at, updated_at) values ('2031-05-01', 'Later event', '', 'high', '', 'x', 'x')").run();
    expect(getCodingHorizon()).toBe("2031-05-01");
    const id = (c.prepare("select id from stances order by valid_from desc limit 1").get() as { id: number }).id;
    c.prepare("update stances set valid_until = '2031-07-01' where id = ?").run(id);
    expect(getCodingHorizon()).toBe("2031-07-01");
    // A review by a second coder (review workflow) on a later day moves it too: the coding was checked then.
    c.prepare("update stances set reviewed_at = '2031-09-02T10:00:00.000Z' where id = ?").run(id);
    expect(getCodingHorizon()).toBe("2031-09-02");
  });

  it("is null on an empty database", () => {
    const empty = createTestDb({ seed: false });
    try {
      expect(getCodingHorizon()).toBeNull();
    } finally {
      empty.cleanup();
      (globalThis as { stanceAtlasDb?: unknown }).stanceAtlasDb = ctx.db;
    }
  });
});
