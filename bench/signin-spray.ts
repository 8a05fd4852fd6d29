/**
 * npm run bench:signin — what a sign-in spray does to everyone else. 100 sign-ins with random usernames at once
 * (each would cost a 128 MiB scrypt), while a reader asks for /api/health and the cached matrix page one request
 * after another. Prints the readers' latencies during the spray and how the sign-ins were answered. Loopback only.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../db/connection";
import { runMigrations } from "../db/migrate";
import { DATASET } from "../db/seed/dataset";
import { seedDatabase } from "../db/seed/load";
import { startServer, stopServer } from "./server";

const SIGN_INS = 100;
const port = Number(process.env.BENCH_PORT ?? 3960);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** The hidden fields React puts in the sign-in form, read from its HTML (entities decoded). */
function actionFields(html: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of html.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?\/>/g))
    out.push([m[1], (m[2] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">")]);
  return out;
}

async function timed(url: string): Promise<number> {
  const started = performance.now();
  const r = await fetch(url);
  await r.arrayBuffer();
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return performance.now() - started;
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-spray-"));
  const file = path.join(tmp, "spray.db");
  const db = openDatabase(file);
  runMigrations(db);
  seedDatabase(db, DATASET);
  db.$client.close();
  const server = await startServer(port, file);
  try {
    const base = server.url;
    await timed(`${base}/`); // fill the page cache
    const fields = actionFields(await (await fetch(`${base}/admin/sign-in`)).text());
    if (!fields.length) throw new Error("no action fields found in the sign-in form");

    const quiet = { health: [] as number[], page: [] as number[] };
    for (let i = 0; i < 20; i++) {
      quiet.health.push(await timed(`${base}/api/health`));
      quiet.page.push(await timed(`${base}/`));
    }

    const answers = { busy: 0, wrong: 0, other: 0 };
    const sprayStarted = performance.now();
    let sprayDone = false;
    const spray = Promise.all(
      Array.from({ length: SIGN_INS }, async (_, i) => {
        const fd = new FormData();
        for (const [k, v] of fields) fd.append(k, v);
        fd.append("username", `spray-${i}-${Math.random().toString(36).slice(2)}`);
        fd.append("password", "a-guess-of-some-length");
        const html = await (await fetch(`${base}/admin/sign-in`, { method: "POST", body: fd, redirect: "manual" })).text();
        if (/server is busy/.test(html)) answers.busy++;
        else if (/not right/.test(html)) answers.wrong++;
        else answers.other++;
      }),
    ).then(() => {
      sprayDone = true;
    });
    const during = { health: [] as number[], page: [] as number[] };
    while (!sprayDone) {
      during.health.push(await timed(`${base}/api/health`));
      during.page.push(await timed(`${base}/`));
    }
    await spray;
    const sprayMs = performance.now() - sprayStarted;

    const fmt = (xs: number[]) => `p50 ${percentile(xs, 50).toFixed(0)} ms, p99 ${percentile(xs, 99).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms (n=${xs.length})`;
    console.log(`Sign-in spray: ${SIGN_INS} sign-ins with random usernames at once, answered in ${(sprayMs / 1000).toFixed(1)} s`);
    console.log(`  answers: ${answers.wrong} checked (wrong password), ${answers.busy} "busy" without hashing, ${answers.other} other`);
    console.log(`  /api/health quiet:        ${fmt(quiet.health)}`);
    console.log(`  /api/health during spray: ${fmt(during.health)}   (target: under 200 ms)`);
    console.log(`  / (cached) quiet:         ${fmt(quiet.page)}`);
    console.log(`  / (cached) during spray:  ${fmt(during.page)}   (target: under 200 ms)`);
  } finally {
    await stopServer(server);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
