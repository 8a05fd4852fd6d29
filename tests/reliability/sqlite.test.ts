import { spawnSync } from "node:child_process";
import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { openDatabase } from "../../db/connection";
import { runMigrations } from "../../db/migrate";
import { DATASET } from "../../db/seed/dataset";
import { seedDatabase } from "../../db/seed/load";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-sqlite-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("[reliability] SQLite settings and migrations", () => {
  it("opens with WAL, a busy timeout of at least 5 s and foreign keys on", () => {
    const db = openDatabase(path.join(dir, "pragmas.db"));
    expect(db.$client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(Number(db.$client.pragma("busy_timeout", { simple: true }))).toBeGreaterThanOrEqual(5000);
    expect(db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
    db.$client.close();
  });

  it("upgrades a database made by the first migration, with data in it, to the latest schema intact", () => {
    const folder = path.resolve("db/migrations");
    const journal = JSON.parse(fs.readFileSync(path.join(folder, "meta/_journal.json"), "utf8"));
    const first = path.join(dir, "first-only");
    fs.mkdirSync(path.join(first, "meta"), { recursive: true });
    const entry = journal.entries[0];
    fs.copyFileSync(path.join(folder, `${entry.tag}.sql`), path.join(first, `${entry.tag}.sql`));
    fs.writeFileSync(path.join(first, "meta/_journal.json"), JSON.stringify({ ...journal, entries: [entry] }));

    // The seed loader writes today's schema, so seed a current database and copy its rows into the first schema,
    // column by column where the first schema has them.
    const seeded = path.join(dir, "seeded.db");
    const full = openDatabase(seeded);
    runMigrations(full);
    seedDatabase(full, DATASET);
    full.$client.close();

    const file = path.join(dir, "upgrade.db");
    const db = openDatabase(file);
    migrate(db, { migrationsFolder: first });
    const raw = db.$client;
    raw.pragma("foreign_keys = OFF");
    raw.prepare("attach database ? as seeded").run(seeded);
    const tables = raw.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'").all() as { name: string }[];
    for (const { name } of tables) {
      const theirs = new Set((raw.prepare(`select name from pragma_table_info(?, 'seeded')`).all(name) as { name: string }[]).map((c) => c.name));
      const cols = (raw.prepare(`select name from pragma_table_info(?, 'main')`).all(name) as { name: string }[]).map((c) => `"${c.name}"`).filter((c) => theirs.has(c.slice(1, -1)));
      if (cols.length) raw.exec(`insert into main."${name}" (${cols.join(", ")}) select ${cols.join(", ")} from seeded."${name}"`);
    }
    raw.exec("detach database seeded");
    raw.pragma("foreign_keys = ON");
    expect((raw.prepare("select count(*) n from stances").get() as { n: number }).n).toBe(DATASET.stances.length);
    const before = db.$client.prepare("select id, position, summary, valid_from from stances order by id").all();
    runMigrations(db);
    const after = db.$client.prepare("select id, position, summary, valid_from from stances order by id").all();
    expect(after).toEqual(before);
    const applied = (db.$client.prepare("select count(*) n from __drizzle_migrations").get() as { n: number }).n;
    expect(applied).toBe(journal.entries.length);
    expect(db.$client.pragma("integrity_check", { simple: true })).toBe("ok");
    db.$client.close();
  });

  it("npm start refuses to start, with a clear message, when a migration fails", () => {
    const file = path.join(dir, "broken.db");
    const raw = new Database(file);
    raw.exec("create table actors (id integer primary key)"); // the first migration cannot create it again
    raw.close();
    const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      env: { ...process.env, DATABASE_URL: file, PORT: "3999" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("cannot start: migrating");
  });
});
