import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { backupDatabase, integrityCheck, restoreDatabase } from "../../db/backup";
import { openDatabase } from "../../db/connection";
import { runMigrations } from "../../db/migrate";
import { DATASET } from "../../db/seed/dataset";
import { seedDatabase } from "../../db/seed/load";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-backup-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A separate process that appends audit rows as fast as it can for `ms` milliseconds, then prints its count. */
function writer(file: string, ms: number): Promise<number> {
  const code = `
    const Database = require("better-sqlite3");
    const db = new Database(${JSON.stringify(file)});
    db.pragma("journal_mode = WAL"); db.pragma("busy_timeout = 5000");
    const ins = db.prepare("insert into audit_log (at, username, action, entity_type, entity_id, summary) values (?, 'drill', 'drill', 'drill', ?, 'x')");
    const end = Date.now() + ${ms}; let n = 0;
    while (Date.now() < end) { db.transaction(() => ins.run(new Date().toISOString(), n))(); n++; }
    console.log(n);`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", code], { cwd: process.cwd() });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (status) => (status === 0 ? resolve(Number(out.trim())) : reject(new Error(out))));
  });
}

describe("[reliability] backup and restore", () => {
  it("takes a consistent online backup while another process writes, and restores it", async () => {
    const file = path.join(dir, "live.db");
    const db = openDatabase(file);
    runMigrations(db);
    seedDatabase(db, DATASET);
    db.$client.close();

    const writes = writer(file, 1500);
    await new Promise((r) => setTimeout(r, 200));
    const backup = path.join(dir, "backups", "b.db");
    await backupDatabase(file, backup);
    const written = await writes;
    expect(written).toBeGreaterThan(0);

    expect(integrityCheck(backup)).toBe("ok");
    expect(fs.readdirSync(path.dirname(backup)).filter((f) => f.includes(".tmp-"))).toEqual([]);
    const copy = new Database(backup, { readonly: true });
    const stances = (copy.prepare("select count(*) n from stances").get() as { n: number }).n;
    copy.close();
    expect(stances).toBe(DATASET.stances.length);

    // Damage the live database's content, then restore: the seeded data is back.
    const live = new Database(file);
    live.pragma("foreign_keys = OFF");
    live.exec("delete from evidence; delete from stances;");
    live.close();
    restoreDatabase(backup, file);
    const restored = new Database(file, { readonly: true });
    expect((restored.prepare("select count(*) n from stances").get() as { n: number }).n).toBe(DATASET.stances.length);
    restored.close();
  });

  it("refuses to restore a file that is not a sound database", () => {
    const junk = path.join(dir, "junk.db");
    fs.writeFileSync(junk, "not a database at all");
    expect(() => restoreDatabase(junk, path.join(dir, "target.db"))).toThrow();
    expect(fs.existsSync(path.join(dir, "target.db"))).toBe(false);
  });
});
