/**
 * Opening the SQLite database: one place for the path rules and the pragmas. Used by the app (through
 * db/client.ts) and by the command-line scripts (migrate, seed, backup), which run outside Next.
 */
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = "data/stance-atlas.db";

/** `DATABASE_URL` may be a plain path or a `file:` URL; relative paths resolve from the working directory. */
export function databasePath(url = process.env.DATABASE_URL): string {
  const raw = url && url.trim() !== "" ? url.trim().replace(/^file:(\/\/)?/, "") : DEFAULT_DATABASE_PATH;
  return path.resolve(raw);
}

export function openDatabase(file = databasePath(), options: { readonly?: boolean } = {}): Db {
  if (!options.readonly) fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  // Reads at scale (30 actors x 200 issues x 20 snapshots is a 70 MB file) are dominated by b-tree page fetches:
  // a 32 MB page cache and memory-mapped reads make them memory accesses instead of read() calls.
  sqlite.pragma("cache_size = -32000");
  sqlite.pragma("mmap_size = 268435456");
  return drizzle(sqlite, { schema }) as Db;
}

export function migrationsFolder(): string {
  return path.resolve(process.cwd(), "db/migrations");
}
