/**
 * npm test — typecheck, lint, unit tests (vitest), production build, e2e tests (Playwright against the build on
 * a temporary database, removed afterwards). Ends with one line summing unit and e2e tests:
 *   tests: P passed, F failed, K flaky, S skipped
 * where "passed" excludes flaky tests (failed first, passed on a retry). When the dependency audit could not run
 * (the registry refused or was unreachable), the line before it says "dependency audit: not audited (reason)".
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
const counts = { passed: 0, failed: 0, flaky: 0, skipped: 0 };
const notes: string[] = [];

if (!only) {
  step("typecheck", bin("tsc"), ["--noEmit", "-p", "."]);
  step("lint", bin("eslint"), [".", "--max-warnings=0"]);
  step("migrations match the schema", process.execPath, ["--import", "tsx", "scripts/check-migrations.ts"]);
  const auditStatus = path.join(results, "audit.json");
  fs.rmSync(auditStatus, { force: true });
  step("dependency audit (production)", process.execPath, ["--import", "tsx", "scripts/audit.ts"], { AUDIT_STATUS_FILE: auditStatus });
  const audit = readJson(auditStatus) as { audited?: boolean; reason?: string } | null;
  if (!audit) notes.push("dependency audit: not audited (the audit step left no result)");
  else if (!audit.audited) notes.push(`dependency audit: not audited (${audit.reason ?? "no reason given"})`);
}

if (!only || only === "unit") {
  const unitJson = path.join(results, "unit.json");
  fs.rmSync(unitJson, { force: true });
  step("unit tests", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile=${unitJson}`]);
  const unit = readJson(unitJson);
  if (unit) {
    // vitest runs without retries here, so nothing is flaky; skipped = it.skip + it.todo.
    counts.passed += Number(unit.numPassedTests ?? 0);
    counts.failed += Number(unit.numFailedTests ?? 0);
    counts.skipped += Number(unit.numPendingTests ?? 0) + Number(unit.numTodoTests ?? 0);
  } else counts.failed += 1;
}

if (!only || only === "e2e") {
  const built = step("production build", bin("next"), ["build"]);
  const e2eJson = path.join(results, "e2e.json");
  fs.rmSync(e2eJson, { force: true });
  if (built) {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-e2e-"));
    try {
      const db = path.join(tmp, "e2e.db");
      const xssDb = path.join(tmp, "e2e-xss.db");
      const isolatedDb = path.join(tmp, "e2e-isolated.db");
      step("e2e tests", bin("playwright"), ["test"], { E2E_DATABASE_URL: db, E2E_XSS_DATABASE_URL: xssDb, E2E_ISOLATED_DATABASE_URL: isolatedDb });
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    const e2e = readJson(e2eJson) as { stats?: Record<string, number> } | null;
    if (e2e?.stats) {
      // Playwright's stats: expected (passed first time), unexpected (failed), flaky (passed on a retry), skipped.
      counts.passed += e2e.stats.expected ?? 0;
      counts.failed += e2e.stats.unexpected ?? 0;
      counts.flaky += e2e.stats.flaky ?? 0;
      counts.skipped += e2e.stats.skipped ?? 0;
    } else counts.failed += 1;
  } else counts.failed += 1;
}

console.log("");
for (const note of notes) console.log(note);
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.flaky} flaky, ${counts.skipped} skipped`);
process.exit(ok && counts.failed === 0 ? 0 : 1);
