/**
 * The production build, when it is missing or older than the sources. Shared by `npm start` and `npm run bench`.
 * `next build` never opens the database (pages that read it are dynamic).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "db", "lib", "public", "next.config.ts", "proxy.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/** Builds when needed; exits the process with the build's status when the build fails. Returns true if it built. */
export function buildIfNeeded(root = process.cwd()): boolean {
  const stamp = path.join(root, ".next", "BUILD_ID");
  const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
  const sources = Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
  if (built > 0 && built >= sources && process.env.STANCE_ATLAS_REBUILD !== "1") return false;
  console.log(built ? "Sources changed since the last build: rebuilding ..." : "No production build yet: building (about a minute) ...");
  const result = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], { stdio: "inherit", env: process.env, cwd: root });
  if (result.status !== 0) {
    console.error("The production build failed; see the output above.");
    process.exit(result.status ?? 1);
  }
  return true;
}
