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

/**
 * A separate process that appends numbered audit rows (entity_id 0, 1, 2, ...) as fast as it can until its stdin
 * closes. `ready` resolves after its first committed row; `stop()` closes stdin and resolves with its count.
 */
function writer(file: string) {
  const code = `
    const Database = require("better-sqlite3");
    const db = new Database(${JSON.stringify(file)});
    db.pragma("journal_mode = WAL"); db.pragma("busy_timeout = 5000");
    const ins = db.prepare("insert into audit_log (at, username, action, entity_type, entity_id, summary) values (?, 'drill', 'drill', 'drill', ?, 'x')");
    let n = 0, stop = false;
    process.stdin.on("end", () => (stop = true)); process.stdin.resume();
    const burst = () => {
      for (let i = 0; i < 20; i++) { db.transaction(() => ins.run(new Date().toISOString(), n))(); n++; }
      if (n === 20) console.log("ready");
      if (stop) { console.log("written " + n); db.close(); } else setImmediate(burst);
    };
    burst();`;
  const child = spawn(process.execPath, ["-e", code], { cwd: process.cwd(), stdio: ["pipe", "pipe", "pipe"] });
  let out = "";
  let markReady: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout.on("data", (d) => {
    out += d;
    if (out.includes("ready")) markReady();
  });
  child.stderr.on("data", (d) => (out += d));
  const done = new Promise<number>((resolve, reject) =>
    child.on("exit", (status) => (status === 0 ? resolve(Number(/written (\d+)/.exec(out)?.[1])) : reject(new Error(out)))),
  );
  return { ready, stop: () => (child.stdin.end(), done) };
}

function drillRows(file: string, where = "", ...params: unknown[]): { n: number; maxId: number | null } {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(`select count(*) n, max(entity_id) maxId from audit_log where username = 'drill' ${where}`).get(...params) as { n: number; maxId: number | null };
  } finally {
    db.close();
  }
}

describe("[reliability] backup and restore", () => {
  it("takes a consistent online backup while another process writes, and restores it", async () => {
    const file = path.join(dir, "live.db");
    const db = openDatabase(file);
    runMigrations(db);
    seedDatabase(db, DATASET);
    db.$client.close();

    // The writer is running before the backup starts and still writing after it ends.
    const w = writer(file);
    await w.ready;
    const backup = path.join(dir, "backups", "b.db");
    const startedAt = new Date().toISOString();
    await backupDatabase(file, backup);
    const endedAt = new Date().toISOString();
    for (const deadline = Date.now() + 10_000; drillRows(file, "and at > ?", endedAt).n === 0; ) {
      if (Date.now() > deadline) throw new Error("the writer wrote nothing after the backup ended");
      await new Promise((r) => setTimeout(r, 10));
    }
    const written = await w.stop();

    const live = drillRows(file);
    expect(live.n).toBe(written); // every committed write is in the live file
    expect(drillRows(file, "and at < ?", startedAt).n).toBeGreaterThan(0);
    expect(drillRows(file, "and at > ?", endedAt).n).toBeGreaterThan(0);
    // The backup holds the writes before its snapshot and none after, with no gap: a consistent cut.
    const inBackup = drillRows(backup);
    expect(inBackup.n).toBeGreaterThanOrEqual(20);
    expect(inBackup.n).toBeLessThan(live.n);
    expect(inBackup.maxId).toBe(inBackup.n - 1);

    expect(integrityCheck(backup)).toBe("ok");
    expect(fs.readdirSync(path.dirname(backup)).filter((f) => f.includes(".tmp-"))).toEqual([]);
    const copy = new Database(backup, { readonly: true });
    const stances = (copy.prepare("select count(*) n from stances").get() as { n: number }).n;
    copy.close();
    expect(stances).toBe(DATASET.stances.length);

    // Damage the live database's content, then restore: the seeded data is back.
    const damaged = new Database(file);
    damaged.pragma("foreign_keys = OFF");
    damaged.exec("delete from evidence; delete from stances;");
    damaged.close();
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
