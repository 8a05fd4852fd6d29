import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../tests/db";
import { DATASET } from "../seed/dataset";
import { seedDatabase } from "../seed/load";
import { matrixCsvRows, matrixForApi } from "./api";
import { listActors, listEvents, listIssues } from "./reference";
import { stanceById, stancesAsOf } from "./stances";

const HANGUL = /[\uac00-\ud7a3]/;

let ctx: ReturnType<typeof createTestDb>;
beforeAll(() => {
  ctx = createTestDb();
});
afterAll(() => ctx.cleanup());

describe("Korean content against a real SQLite file", () => {
  it("the seed stores Korean for every actor, issue, scale point, event and stance", () => {
    const c = ctx.db.$client;
    const missing = (sql: string) => (c.prepare(sql).get() as { n: number }).n;
    expect(missing("select count(*) n from actors where name_ko is null or short_name_ko is null or description_ko is null")).toBe(0);
    expect(missing("select count(*) n from issues where title_ko is null or definition_ko is null")).toBe(0);
    expect(missing("select count(*) n from scale_points where label_ko is null")).toBe(0);
    expect(missing("select count(*) n from events where title_ko is null or description_ko is null")).toBe(0);
    expect(missing("select count(*) n from stances where summary_ko is null")).toBe(0);
    expect(missing("select count(*) n from stances where (note is null) <> (note_ko is null)")).toBe(0);
  });

  it("reads in Korean with lang ko, in English by default, codes unchanged", () => {
    const en = listActors();
    const ko = listActors("ko");
    expect(ko.map((a) => a.code)).toEqual(en.map((a) => a.code));
    expect(ko.find((a) => a.code === "ROK")!.shortName).toMatch(HANGUL);
    expect(en.find((a) => a.code === "ROK")!.shortName).toBe("South Korea");
    const issue = listIssues("ko").find((i) => i.slug === "end-of-war-declaration")!;
    expect(issue.title).toMatch(HANGUL);
    expect(issue.scale.every((p) => HANGUL.test(p.label))).toBe(true);
    expect(listEvents("ko").every((e) => HANGUL.test(e.title))).toBe(true);
    const cells = stancesAsOf("2019-03-01", { lang: "ko" });
    expect(cells.length).toBe(stancesAsOf("2019-03-01").length);
    expect(cells.every((s) => HANGUL.test(s.summary))).toBe(true);
  });

  it("falls back to English where no Korean is stored", () => {
    const id = stancesAsOf("2019-03-01", { actor: "JPN", issue: "abductions" })[0].id;
    ctx.db.$client.prepare("update stances set summary_ko = null where id = ?").run(id);
    try {
      expect(stanceById(id, "ko")!.summary).toBe(stanceById(id)!.summary);
      const api = matrixForApi({ asOf: "2019-03-01", lang: "ko" });
      const cell = api.cells.find((c) => c.actor === "JPN" && c.issue === "abductions")!;
      // the API tells a translation from a fallback: null where nothing is stored
      expect(cell.summaryKo).toBeNull();
    } finally {
      ctx.db.$client.prepare("update stances set summary_ko = 'x' where id = ?").run(id);
    }
  });

  it("the read API adds Korean next to the English with lang=ko, and the CSV adds its columns", () => {
    const plain = matrixForApi({ asOf: "2019-03-01" });
    const ko = matrixForApi({ asOf: "2019-03-01", lang: "ko" });
    expect(plain.actors[0]).not.toHaveProperty("nameKo");
    expect(ko.actors[0].name).toBe(plain.actors[0].name);
    expect(ko.actors[0].nameKo).toMatch(HANGUL);
    expect(ko.issues[0].titleKo).toMatch(HANGUL);
    const rows = matrixCsvRows(ko);
    expect(rows[0].length).toBe(matrixCsvRows(plain)[0].length + 5);
    expect(String(rows[0].at(-2))).toMatch(HANGUL); // summary_ko
  });

  it("npm start's translate-only pass fills missing Korean, but not for English an editor changed, and inserts nothing", () => {
    const c = ctx.db.$client;
    c.prepare("update actors set short_name_ko = null, name_ko = null where code = 'JPN'").run();
    c.prepare("update actors set short_name_ko = null, name_ko = null, short_name = 'Japan (edited)' where code = 'USA'").run();
    const stances = (c.prepare("select count(*) n from stances").get() as { n: number }).n;
    c.prepare("delete from events where key = 'E00'").run();
    const r = seedDatabase(ctx.db, DATASET, { translateOnly: true });
    expect(r).toMatchObject({ actors: 0, issues: 0, stances: 0, events: 0, translated: 1 });
    expect(c.prepare("select short_name_ko s from actors where code = 'JPN'").get()).toEqual({ s: "일본" });
    expect(c.prepare("select short_name_ko s from actors where code = 'USA'").get()).toEqual({ s: null });
    expect((c.prepare("select count(*) n from stances").get() as { n: number }).n).toBe(stances);
    expect(c.prepare("select id from events where key = 'E00'").get()).toBeUndefined();
  });
});
