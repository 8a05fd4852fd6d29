/**
 * `npm run bench:languages`: what Korean costs (issue 14), measured on the production build of this checkout.
 * Prints the first-load JS of the matrix page (gzip, from the build's manifests: bench/bundles.ts), the document
 * weight of `/` and `/ko` (HTML with its inline RSC payload), whether each is served from the page cache
 * (x-nextjs-cache), and a paired load of both (autocannon, loopback, 20 connections). Needs `npm run build`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../db/connection";
import { runMigrations } from "../db/migrate";
import { DATASET } from "../db/seed/dataset";
import { seedDatabase } from "../db/seed/load";
import { firstLoadJs } from "./bundles";
import { documentWeight, drain, load, startServer, stopServer } from "./server";

const PORT = Number(process.env.BENCH_PORT ?? 3305);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PATHS = ["/?asOf=2019-03-01", "/ko?asOf=2019-03-01"];

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-bench-lang-"));
  const file = path.join(dir, "bench.db");
  const db = openDatabase(file);
  runMigrations(db);
  seedDatabase(db, DATASET, { now: "2026-01-01T00:00:00.000Z" });
  db.$client.close();

  const js = firstLoadJs().filter((r) => /matrix\/\[view\]$|^\/_not-found$/.test(r.route));
  for (const r of js) console.log(`first-load JS ${r.route}: ${r.gzipKb.toFixed(1)} kB gz (${r.files} files)`);

  const server = await startServer(PORT, file);
  try {
    for (const p of PATHS) {
      await fetch(server.url + p); // fill the page cache
      const res = await fetch(server.url + p);
      const w = await documentWeight(server.url + p);
      console.log(`${p}: ${res.status}, x-nextjs-cache ${res.headers.get("x-nextjs-cache")}, ${(w.bytes / 1024).toFixed(1)} KB document, RSC payload ${(w.rscBytes / 1024).toFixed(1)} KB`);
    }
    for (const p of PATHS) {
      await drain(server.url);
      const r = await load(server.url + p, { seconds: SECONDS, connections: 20, server });
      console.log(`load ${p}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms${r.errors || r.non2xx ? `, ${r.errors} errors, ${r.non2xx} non-2xx` : ""}`);
    }
  } finally {
    await stopServer(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
