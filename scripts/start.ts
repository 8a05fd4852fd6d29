/**
 * npm start — the one-command path for a new user: create the database file when missing, migrate, seed when
 * empty, build when the production build is missing or older than the sources, then serve with `next start`.
 * DATABASE_URL and PORT override the defaults (data/stance-atlas.db, 3000).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { databasePath, openDatabase } from "../db/connection";
import { runMigrations } from "../db/migrate";
import { DATASET } from "../db/seed/dataset";
import { isEmpty, seedDatabase } from "../db/seed/load";
import { ensureFirstAdmin } from "../db/seed/admin";

const root = process.cwd();
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
  }
  ensureFirstAdmin(db, (line) => console.log(line));
  db.$client.close();
}

const SOURCES = ["app", "components", "db", "lib", "public", "next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

function buildIfNeeded(): void {
  const stamp = path.join(root, ".next", "BUILD_ID");
  const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
  const sources = Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
  if (built > 0 && built >= sources && process.env.STANCE_ATLAS_REBUILD !== "1") return;
  console.log(built ? "Sources changed since the last build: rebuilding ..." : "No production build yet: building (about a minute) ...");
  const result = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error("The production build failed; see the output above.");
    process.exit(result.status ?? 1);
  }
}

prepareDatabase();
buildIfNeeded();
console.log(`Stance Atlas on http://localhost:${port} (database ${file})`);
const server = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: file },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
