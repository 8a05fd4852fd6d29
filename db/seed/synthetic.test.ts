import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../connection";
import { runMigrations } from "../migrate";
import { generateSynthetic, SYNTHETIC_FIRST_DAY, SYNTHETIC_LAST_DAY, type SyntheticOptions } from "./synthetic";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-synthetic-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
function build(options: SyntheticOptions): { db: Db; report: ReturnType<typeof generateSynthetic> } {
  const db = openDatabase(path.join(dir, `s${n++}.db`));
  runMigrations(db);
  return { db, report: generateSynthetic(db, options) };
}

function dump(db: Db): unknown[] {
  const c = db.$client;
  return ["actors", "issues", "scale_points", "stances", "evidence", "events", "event_actors"].map((t) =>
    c.prepare(`select * from ${t} order by rowid`).raw(true).all(),
  );
}

describe("[bench] synthetic data generator", () => {
  it("writes the requested counts: a series per actor x issue (DPRK summit diplomacy: one per counterpart)", () => {
    const { db, report } = build({ actors: 5, issues: 10, snapshots: 4 });
    const count = (t: string) => (db.$client.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n;
    // 5 x 10 series, but the DPRK's summit-diplomacy series is three directed ones (toward USA, ROK, JPN).
    expect(report).toMatchObject({ actors: 5, issues: 10, series: 52, stances: 52 * 4, events: 52 });
    expect(count("actors")).toBe(5);
    expect(count("issues")).toBe(10);
    expect(count("scale_points")).toBe(50);
    expect(count("stances")).toBe(report.stances);
    expect(count("evidence")).toBe(report.evidence);
    expect(report.evidence).toBeGreaterThanOrEqual(report.stances);
    expect(report.evidence).toBeLessThanOrEqual(3 * report.stances);
    expect(count("events")).toBe(52);
    const directed = db.$client.prepare("select count(distinct counterpart_id) as n from stances where counterpart_id is not null").get() as { n: number };
    expect(directed.n).toBe(3);
    db.$client.close();
  });

  it("is deterministic: same options, same rows; another seed, other rows", () => {
    const a = build({ actors: 3, issues: 6, snapshots: 5, seed: 7 });
    const b = build({ actors: 3, issues: 6, snapshots: 5, seed: 7 });
    const c = build({ actors: 3, issues: 6, snapshots: 5, seed: 8 });
    expect(dump(a.db)).toEqual(dump(b.db));
    expect(dump(c.db)).not.toEqual(dump(a.db));
    for (const x of [a, b, c]) x.db.$client.close();
  });

  it("keeps the data valid: positions on the scale, unique valid_from per series, dates in range, evidence on every stance", () => {
    const { db } = build({ actors: 8, issues: 14, snapshots: 12, seed: 3 });
    const c = db.$client;
    const bad = c.prepare("select count(*) as n from stances where position is not null and position not between -2 and 2").get() as { n: number };
    expect(bad.n).toBe(0);
    const dup = c
      .prepare("select count(*) as n from (select 1 from stances group by actor_id, issue_id, coalesce(counterpart_id, 0), valid_from having count(*) > 1)")
      .get() as { n: number };
    expect(dup.n).toBe(0);
    const range = c.prepare("select min(valid_from) as lo, max(coalesce(valid_until, valid_from)) as hi from stances").get() as { lo: string; hi: string };
    expect(range.lo >= SYNTHETIC_FIRST_DAY).toBe(true);
    expect(range.hi <= SYNTHETIC_LAST_DAY).toBe(true);
    const bare = c.prepare("select count(*) as n from stances s where not exists (select 1 from evidence e where e.stance_id = s.id)").get() as { n: number };
    expect(bare.n).toBe(0);
    // An explicit end only on the last stance of a series, so ends never overlap a later start.
    const early = c
      .prepare(
        `select count(*) as n from stances s where s.valid_until is not null and exists (select 1 from stances n
           where n.actor_id = s.actor_id and n.issue_id = s.issue_id and coalesce(n.counterpart_id, 0) = coalesce(s.counterpart_id, 0)
             and n.valid_from > s.valid_from)`,
      )
      .get() as { n: number };
    expect(early.n).toBe(0);
    expect(c.pragma("foreign_key_check")).toEqual([]);
    const colours = c.prepare("select color from actors").pluck().all() as string[];
    expect(colours.every((x) => /^#[0-9A-Fa-f]{6}$/.test(x))).toBe(true);
    const clusters = c.prepare("select distinct cluster from issues").pluck().all();
    expect(clusters).toHaveLength(4);
    db.$client.close();
  });

  it("refuses a database that already has data", () => {
    const { db } = build({ actors: 2, issues: 2, snapshots: 1 });
    expect(() => generateSynthetic(db, { actors: 2, issues: 2, snapshots: 1 })).toThrow(/empty database/);
    db.$client.close();
  });
});
