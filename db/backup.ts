/**
 * Online backup and restore of the SQLite database. The backup uses SQLite's backup API (consistent while
 * writers run), is checked with `PRAGMA integrity_check`, and appears atomically (written to a temporary file
 * in the target folder, fsynced, then renamed).
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";

export function integrityCheck(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join("; ");
  } finally {
    db.close();
  }
}

export async function backupDatabase(source: string, target: string): Promise<{ target: string; pages: number }> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.tmp-${process.pid}`;
  const db = new Database(source, { fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  let pages = 0;
  try {
    await db.backup(tmp, {
      progress: ({ totalPages }) => {
        pages = totalPages;
        return 200; // pages per step: lets writers in between steps
      },
    });
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  } finally {
    db.close();
  }
  // A backup is a single self-contained file: rollback-journal mode, no -wal/-shm beside it.
  const copy = new Database(tmp);
  copy.pragma("journal_mode = DELETE");
  copy.close();
  const result = integrityCheck(tmp);
  if (result !== "ok") {
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) fs.rmSync(f, { force: true });
    throw new Error(`The backup failed its integrity check: ${result}`);
  }
  const fd = fs.openSync(tmp, "r+");
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  fs.renameSync(tmp, target);
  return { target, pages };
}

/**
 * Replaces `target` with a verified copy of `backup`. Run it while the app is stopped: the WAL and shared-memory
 * files of the old database are removed so they cannot be replayed onto the restored file.
 */
export function restoreDatabase(backup: string, target: string): void {
  const result = integrityCheck(backup);
  if (result !== "ok") throw new Error(`${backup} failed its integrity check: ${result}`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.restore-${process.pid}`;
  fs.copyFileSync(backup, tmp);
  const fd = fs.openSync(tmp, "r+");
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(tmp, target);
}
