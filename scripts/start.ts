/**
 * npm start — the one-command path for a new user: create the database file when missing, migrate, seed when
 * empty, build when the production build is missing or older than the sources, then serve with `next start`.
 * DATABASE_URL and PORT override the defaults (data/stance-atlas.db, 3000).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { databasePath, openDatabase } from "../db/connection";
import { runMigrations } from "../db/migrate";
import { DATASET } from "../db/seed/dataset";
import { isEmpty, seedDatabase } from "../db/seed/load";
import { ensureFirstAdmin } from "../db/seed/admin";
import { buildIfNeeded } from "./lib/build";

const file = databasePath();
const port = process.env.PORT ?? "3000";

function prepareDatabase(): void {
  const fresh = !fs.existsSync(file);
  const db = openDatabase(file);
  try {
    runMigrations(db);
  } catch (error) {
    console.error(`Stance Atlas cannot start: migrating ${file} failed.\n  ${(error as Error).message}`);
    console.error("The database was left as it was. Restore a backup (npm run db:restore -- FILE) or fix the migration.");
    process.exit(1);
  }
  if (isEmpty(db)) {
    const r = seedDatabase(db, DATASET);
    console.log(`${fresh ? "Created" : "Seeded"} ${file}: ${r.actors} actors, ${r.issues} issues, ${r.stances} stances, ${r.events} events.`);
  } else {
    // An existing database: only the Korean text of the curated rows it still has unchanged (db/seed/load.ts).
    const r = seedDatabase(db, DATASET, { translateOnly: true });
    if (r.translated) console.log(`Added Korean text to ${r.translated} curated rows of ${file}.`);
  }
  ensureFirstAdmin(db, (line) => console.log(line));
  db.$client.close();
}

prepareDatabase();
buildIfNeeded();
console.log(`Stance Atlas on http://localhost:${port} (database ${file})`);
// The method guard answers TRACE/TRACK with 405 before Next sees them (scripts/lib/method-guard.cjs).
const guard = path.join(__dirname, "lib", "method-guard.cjs");
const server = spawn(process.execPath, ["--require", guard, require.resolve("next/dist/bin/next"), "start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: file },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
