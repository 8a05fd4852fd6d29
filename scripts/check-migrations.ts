/**
 * Fails when db/schema.ts and the committed migrations disagree, i.e. when `drizzle-kit generate` would write
 * a new migration. Runs drizzle-kit into a scratch copy so the repository is never touched.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = process.cwd();
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-migrations-"));
fs.cpSync(path.join(root, "db", "migrations"), path.join(scratch, "migrations"), { recursive: true });
const config = path.join(scratch, "drizzle.config.json");
fs.writeFileSync(
  config,
  JSON.stringify({ dialect: "sqlite", schema: path.join(root, "db", "schema.ts"), out: path.join(scratch, "migrations") }),
);
const before = fs.readdirSync(path.join(scratch, "migrations")).length;
const r = spawnSync(path.join(root, "node_modules", ".bin", "drizzle-kit"), ["generate", `--config=${config}`], {
  encoding: "utf8",
});
const after = fs.readdirSync(path.join(scratch, "migrations")).length;
fs.rmSync(scratch, { recursive: true, force: true });
if (r.status !== 0) {
  console.error(`drizzle-kit generate failed:\n${r.stdout}\n${r.stderr}`);
  process.exit(1);
}
if (after !== before) {
  console.error("db/schema.ts has changes without a migration: run `npm run db:generate` and commit db/migrations.");
  process.exit(1);
}
console.log("The committed migrations match db/schema.ts.");
