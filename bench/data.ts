/** Building synthetic databases: shared by `npm run bench:data` and the benchmark. */
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "../db/connection";
import { runMigrations } from "../db/migrate";
import { generateSynthetic, type SyntheticOptions, type SyntheticReport } from "../db/seed/synthetic";

export type SizeArgs = Required<Pick<SyntheticOptions, "actors" | "issues" | "snapshots" | "seed">> & { out?: string };

export function parseSizeArgs(argv: readonly string[]): SizeArgs {
  const args: SizeArgs = { actors: 30, issues: 200, snapshots: 20, seed: 20260101 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    const int = () => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive whole number, got ${value}`);
      i++;
      return n;
    };
    if (flag === "--actors") args.actors = int();
    else if (flag === "--issues") args.issues = int();
    else if (flag === "--snapshots") args.snapshots = int();
    else if (flag === "--seed") args.seed = int();
    else if (flag === "--out" && value) {
      args.out = value;
      i++;
    } else throw new Error(`Unknown argument ${flag}. Usage: --actors N --issues N --snapshots N [--seed N] [--out FILE]`);
  }
  return args;
}

/** Creates (or replaces) `file`: migrated and filled with the synthetic dataset (no ANALYZE: plans
 * must be good without statistics, as in a real deployment). */
export function buildSyntheticDatabase(file: string, options: SyntheticOptions): { report: SyntheticReport; ms: number } {
  const started = performance.now();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = openDatabase(file);
  try {
    runMigrations(db);
    const report = generateSynthetic(db, options);
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    return { report, ms: performance.now() - started };
  } finally {
    db.$client.close();
  }
}
