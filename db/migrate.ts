import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { migrationsFolder, type Db } from "./connection";

/** Applies every committed migration that the database lacks. Throws (with drizzle's message) on failure. */
export function runMigrations(db: Db): void {
  migrate(db, { migrationsFolder: migrationsFolder() });
}
