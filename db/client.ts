import "server-only";
import { openDatabase, type Db } from "./connection";

const globalForDb = globalThis as unknown as { stanceAtlasDb?: Db };

/** One connection per server process (better-sqlite3 is synchronous; WAL lets readers run beside the writer). */
export function getDb(): Db {
  // Pages and routes read at request time only: a build that reached the database would bake one database's data
  // into its output. Fail loudly instead.
  if (process.env.NEXT_PHASE === "phase-production-build") throw new Error("The database was opened during next build.");
  globalForDb.stanceAtlasDb ??= openDatabase();
  return globalForDb.stanceAtlasDb;
}
