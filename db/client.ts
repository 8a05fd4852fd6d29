import "server-only";
import { openDatabase, type Db } from "./connection";

const globalForDb = globalThis as unknown as { stanceAtlasDb?: Db };

/** One connection per server process (better-sqlite3 is synchronous; WAL lets readers run beside the writer). */
export function getDb(): Db {
  globalForDb.stanceAtlasDb ??= openDatabase();
  return globalForDb.stanceAtlasDb;
}
