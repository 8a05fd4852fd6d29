/**
 * npm run bench:data -- --actors 30 --issues 200 --snapshots 20 [--seed N] [--out FILE]
 * Builds a synthetic database (migrated schema, deterministic contents) for the benchmark. FILE defaults to
 * data/bench-<actors>x<issues>x<snapshots>.db and is replaced when it exists.
 */
import fs from "node:fs";
import path from "node:path";
import { buildSyntheticDatabase, parseSizeArgs } from "../bench/data";

const args = parseSizeArgs(process.argv.slice(2));
const out = path.resolve(args.out ?? `data/bench-${args.actors}x${args.issues}x${args.snapshots}.db`);
const { report, ms } = buildSyntheticDatabase(out, args);
const size = (fs.statSync(out).size / 1024 / 1024).toFixed(1);
console.log(
  `${out}: ${report.actors} actors, ${report.issues} issues, ${report.series} series, ${report.stances} stances, ` +
    `${report.evidence} evidence items, ${report.events} events (${size} MB) in ${(ms / 1000).toFixed(1)} s`,
);
