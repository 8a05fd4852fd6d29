/** A real SQLite file per test file: migrated, optionally seeded with the curated dataset. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "../db/connection";
import { runMigrations } from "../db/migrate";
import { DATASET } from "../db/seed/dataset";
import { seedDatabase } from "../db/seed/load";

export function createTestDb({ seed = true } = {}): { db: Db; file: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-test-"));
  const file = path.join(dir, "test.db");
  process.env.DATABASE_URL = file;
  (globalThis as { stanceAtlasDb?: Db }).stanceAtlasDb = undefined;
  const db = openDatabase(file);
  runMigrations(db);
  if (seed) seedDatabase(db, DATASET);
  (globalThis as { stanceAtlasDb?: Db }).stanceAtlasDb = db;
  return {
    db,
    file,
    cleanup: () => {
      db.$client.close();
      (globalThis as { stanceAtlasDb?: Db }).stanceAtlasDb = undefined;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
