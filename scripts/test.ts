/**
 * npm test — typecheck, lint, unit tests (vitest), production build, e2e tests (Playwright against the build on
 * a temporary database). Ends with one line "tests: N passed, N failed" summing unit and e2e tests.
 * Exits non-zero when any step or test failed.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);
const results = path.join(process.cwd(), "test-results");
fs.mkdirSync(results, { recursive: true });

let ok = true;
function step(title: string, cmd: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const passed = r.status === 0;
  console.log(`=== ${title}: ${passed ? "ok" : "FAILED"} (${((Date.now() - started) / 1000).toFixed(0)} s) ===`);
  if (!passed) ok = false;
  return passed;
}

function readJson(file: string): Record<string, unknown> | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

const only = process.argv[2]; // "unit" | "e2e" | undefined (everything)
let passed = 0;
let failed = 0;

if (!only) {
  step("typecheck", bin("tsc"), ["--noEmit", "-p", "."]);
  step("lint", bin("eslint"), [".", "--max-warnings=0"]);
  step("migrations match the schema", process.execPath, ["--import", "tsx", "scripts/check-migrations.ts"]);
  step("dependency audit (production)", process.execPath, ["--import", "tsx", "scripts/audit.ts"]);
}

if (!only || only === "unit") {
  const unitJson = path.join(results, "unit.json");
  fs.rmSync(unitJson, { force: true });
  step("unit tests", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile=${unitJson}`]);
  const unit = readJson(unitJson);
  if (unit) {
    passed += Number(unit.numPassedTests ?? 0);
    failed += Number(unit.numFailedTests ?? 0);
  } else failed += 1;
}

if (!only || only === "e2e") {
  const built = step("production build", bin("next"), ["build"]);
  const e2eJson = path.join(results, "e2e.json");
  fs.rmSync(e2eJson, { force: true });
  if (built) {
    const db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-e2e-")), "e2e.db");
    const xssDb = path.join(path.dirname(db), "e2e-xss.db");
    step("e2e tests", bin("playwright"), ["test"], { E2E_DATABASE_URL: db, E2E_XSS_DATABASE_URL: xssDb });
    const e2e = readJson(e2eJson) as { stats?: Record<string, number> } | null;
    if (e2e?.stats) {
      passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
      failed += e2e.stats.unexpected ?? 0;
    } else failed += 1;
  } else failed += 1;
}

console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
