/**
 * npm run bench [-- --quick] [--port N] [--no-lighthouse] [--only large]
 *
 * `--only large`: only the server run at the large size (its pages, loads and the RSS after them), printed and
 * not written to bench/RESULTS.md: a few minutes, for checking a change to the large figures.
 *
 * Builds when needed, then measures Stance Atlas against the targets of issues 6 and 15 and prints one table (written to
 * bench/RESULTS.md with the date and machine):
 *   - query-level timings in process (as-of matrix, one pair's divergence timeline) and their growth from the
 *     seed dataset to 30 actors x 200 issues x 20 snapshots, and at fixed size with a 4x longer history;
 *   - `next start` on a temporary database on 127.0.0.1, at the seed size and at the large size: every page's
 *     median server time, and autocannon load (bounded: seconds x connections) on `/`, paired with the static
 *     page public/bench-static.html served by the same server in the same run, then the read API and the pages;
 *   - server RSS after the load at the large size; first-load JS per route from the build manifests;
 *   - Lighthouse 12.2.3 (desktop preset, local Chromium) on /, /compare and /divergence where they exist.
 * Pages that do not exist yet (HTTP 404) are reported as absent. Everything is cleaned up at the end.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../db/connection";
import { runMigrations } from "../db/migrate";
import { DATASET } from "../db/seed/dataset";
import { seedDatabase } from "../db/seed/load";
import { buildIfNeeded } from "../scripts/lib/build";
import { firstLoadJs } from "./bundles";
import { buildSyntheticDatabase } from "./data";
import { runLighthouse, type LighthouseScores } from "./lighthouse";
import { measureQueries, type QueryTimings, type Timing } from "./queries";
import { documentWeight, sequentialGets, drain, load, probe, serverRss, serverTime, startServer, stopServer, type Load, type Rss, type Server } from "./server";

const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const withLighthouse = !argv.includes("--no-lighthouse");
const onlyArg = argv.indexOf("--only");
const ONLY = onlyArg >= 0 ? argv[onlyArg + 1] : null;
if (ONLY !== null && ONLY !== "large") throw new Error(`--only takes "large" (got "${ONLY}")`);
const portArg = argv.indexOf("--port");
const PORT = portArg >= 0 ? Number(argv[portArg + 1]) : Number(process.env.BENCH_PORT ?? 3304);
const SECONDS = quick ? 3 : 10;
const CONNECTIONS = 20;
const SERVER_RUNS = quick ? 5 : 15;
const LARGE = { actors: 30, issues: 200, snapshots: 20, seed: 20260101 };
const STATIC = "/bench-static.html";
/** Next's own not-found page (a path no route has): the framework's floor for a rendered page, the yardstick of `/`. */
const NOT_FOUND = "/bench-no-such-page";
/** `/` again, asked for gzip: a CDN or browser asks compressed, and compression costs the server CPU per request. */
const ROOT_GZIP = "/ (gzip)";
/**
 * The read API's matrix as clients ask for it. Browsers, Python's requests and most HTTP libraries send
 * `Accept-Encoding: gzip`: that is the target figure. Without it (curl, autocannon's default) as information, and
 * one page of 20 issues (limit=20, gzip), the way a client of a large matrix is advised to read it.
 */
const API = "/api/v1/matrix";
const API_GZIP = "/api/v1/matrix (gzip)";
const API_PAGED = "/api/v1/matrix?limit=20 (gzip)";
/** Each load run's label: the path it loads and the headers it sends. */
const LOAD_REQUEST: Record<string, { path: string; headers?: Record<string, string> }> = {
  [ROOT_GZIP]: { path: "/", headers: { "accept-encoding": "gzip" } },
  [API_GZIP]: { path: API, headers: { "accept-encoding": "gzip" } },
  [API_PAGED]: { path: `${API}?limit=20`, headers: { "accept-encoding": "gzip" } },
};
/** Document budgets at the seed size, KB (issue 15): `/` at most 60, every other page at most half of its size before. */
const WEIGHT_BUDGET_KB: Record<string, number> = {
  "/": 60,
  "/compare": 109 / 2,
  "/divergence": 145 / 2,
  "/issues/complete-denuclearization": 116 / 2,
  "/actors/ROK": 133 / 2,
  "/timeline": 238 / 2,
};
const PAGES = ["/", "/api/v1/matrix", "/issues/complete-denuclearization", "/compare", "/divergence", "/actors/ROK", "/timeline"];
const LIGHTHOUSE_PAGES = ["/", "/compare", "/divergence"];

/** Where each page's weight is and the next lever (issue 15 slimmed the matrix and the divergence what-if first). */
const WEIGHT_WHY: Record<string, string> = {
  "/issues/complete-denuclearization":
    "what is left: the layout and the page's loading boundary (about 20 KB, what the page weighs when it shows only an error), the date control (about 6 KB) and each actor's stances in force with every source, text the page needs in its HTML and again in the payload (the other stances are folded to one line each, the charts draw in the browser); next levers: the current-positions table drawn from the same tuples as the stance list, and the chart texts the issue's two charts use rather than the whole Chart namespace",
  "/compare":
    "what is left is mostly the comparison's text, sent twice: 26 summaries, coder's notes, sources and 13 sets of scale labels (about 14 KB of text) in the HTML and again as the client table's tuples, plus the site's chrome and the framework's payload (about 17 KB on every page); next levers: each side's coder's note and sources behind a disclosure filled on demand (the read API's stance would need its evidence), and the what-if editor's texts loaded with it",
  "/divergence":
    "the figures are server-rendered inside the what-if wrapper, so their tree is sent again as payload: the pair and alignment choices are 25 client links with their full query (about 12 KB), the heatmap's 30 linked cells are 18 KB of HTML; the date control's select of 76 events (about 12 KB in HTML and payload) and the 15 event checkboxes (5 KB), the over-time chart's points and its data table; next levers: the choices as one small client component fed the codes, the heatmap as a client component fed its 15 values, the event select and checkboxes filled when opened",
  "/actors/ROK":
    "what is left: the actor's 40 changes (a client table fed one tuple of texts per change) and the pair timelines' tables, plus the site's chrome and the framework's payload (about 17 KB on every page); next lever: the change table folded to the changes around the view's date, the rest behind a link (?changes=all)",
  "/timeline":
    "the 76 events as one small client list fed tuples; what is left is their titles and descriptions, in the HTML and again in the payload; next lever: page the list by year",
};

/** Why a page can take long at the large size (used when its figure misses the target). */
const PAGE_WHY: Record<string, string> = {
  "/divergence":
    "the heatmap of all pairs (30 x 30), the per-issue gaps of one pair and the issue spread over 200 issues, the blocs and the pair timelines, computed and drawn during the server render (the what-if editor and its data load only when opened)",
  "/actors/ROK":
    "the actor against each other actor, six pair timelines swept over their histories (3,000 changes each), the change table and two bar charts drawn by Recharts during the server render; cached after the first request for a date.",
};

type Row = { figure: string; target: string; measured: string; pass: boolean | null; why?: string };
const rows: Row[] = [];
const notes: string[] = [];
const fmt = (n: number, digits = 1) => n.toFixed(digits);
const wc = (t: Timing) => `${fmt(t.wall)} (${fmt(t.cpu)})`;
const ms = (t: Timing) => `${fmt(t.wall)} ms (cpu ${fmt(t.cpu)} ms)`;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-bench-"));
let server: Server | null = null;
async function cleanup() {
  if (server) await stopServer(server);
  server = null;
  fs.rmSync(tmp, { recursive: true, force: true });
}
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    void cleanup().then(() => process.exit(130));
  });

function seedDb(file: string): void {
  const db = openDatabase(file);
  runMigrations(db);
  seedDatabase(db, DATASET, { now: "2026-01-01T00:00:00.000Z" });
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
}

/** Pages whose cold (uncached) render can be forced by asking for a date no one asked for yet. */
const COLD: Record<string, (date: string) => string> = {
  "/": (d) => `/?asOf=${d}`,
  "/api/v1/matrix": (d) => `/api/v1/matrix?asOf=${d}`,
  "/compare": (d) => `/compare?asOf=${d}`,
  "/divergence": (d) => `/divergence?asOf=${d}`,
  "/actors/ROK": (d) => `/actors/ROK?asOf=${d}`,
};

type SizeRun = {
  label: string;
  present: Map<string, boolean>;
  times: Map<string, { median: number; max: number; bytes: number }>;
  cold: Map<string, { median: number; max: number; bytes: number }>;
  loads: Map<string, Load>;
  weights: Map<string, { bytes: number; rscBytes: number }>;
  rss: Rss | null;
  lighthouse: Map<string, LighthouseScores>;
};

async function serverRun(label: string, file: string, lighthouse: boolean): Promise<SizeRun> {
  const run: SizeRun = { label, present: new Map(), times: new Map(), cold: new Map(), loads: new Map(), weights: new Map(), rss: null, lighthouse: new Map() };
  console.log(`\n[${label}] next start on 127.0.0.1:${PORT} (${path.basename(file)})`);
  server = await startServer(PORT, file);
  const url = server.url;
  for (const page of [STATIC, ...PAGES]) {
    const status = await probe(url + page);
    run.present.set(page, status !== 404);
    if (status !== 404 && status >= 400) throw new Error(`GET ${page}: HTTP ${status}`);
  }
  const present = PAGES.filter((p) => run.present.get(p));
  console.log(`[${label}] present: ${present.join(" ")}; absent: ${PAGES.filter((p) => !run.present.get(p)).join(" ") || "none"}`);
  for (const page of present) {
    if (page.startsWith("/api/")) continue;
    const w = await documentWeight(url + page);
    run.weights.set(page, w);
    console.log(`[${label}] ${page}: ${fmt(w.bytes / 1024)} KB document, RSC payload ${fmt(w.rscBytes / 1024)} KB`);
  }
  for (const page of present) {
    run.times.set(page, await serverTime(url + page, SERVER_RUNS));
    console.log(`[${label}] ${page}: median ${fmt(run.times.get(page)!.median)} ms (${fmt(run.times.get(page)!.bytes / 1024)} KB)`);
    const cold = COLD[page];
    if (cold) {
      // A different as-of date per request (days of 2019-2020): each one is a cache miss, i.e. a full render.
      const urls = Array.from({ length: SERVER_RUNS }, (_, k) => url + cold(new Date(Date.UTC(2019, 0, 2 + k * 37)).toISOString().slice(0, 10)));
      run.cold.set(page, await sequentialGets(urls));
      console.log(`[${label}] ${page} uncached: median ${fmt(run.cold.get(page)!.median)} ms`);
    }
  }
  // Paired load: the static page, then `/`, back to back on the same server. At the large size only `/` and the
  // read API are loaded (the other pages' server time is measured above), to keep the run bounded.
  const loaded = label === "large" ? present.filter((p) => p === "/" || p === API) : present;
  const apiLoads = present.includes(API) ? [API_GZIP, API_PAGED] : [];
  for (const page of [STATIC, NOT_FOUND, ROOT_GZIP, ...loaded, ...apiLoads]) {
    await drain(url);
    const { path: target, headers } = LOAD_REQUEST[page] ?? { path: page };
    const r = await load(url + target, { seconds: SECONDS, connections: CONNECTIONS, server: server!, headers });
    run.loads.set(page, r);
    console.log(`[${label}] load ${page}: ${fmt(r.rps, 0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${fmt(r.bytesPerRequest / 1024)} KB/response, server ${fmt(r.serverCores ?? NaN, 2)} cores (kernel ${fmt(r.serverSystemCores ?? NaN, 2)}), client ${fmt(r.clientCores, 2)} cores${r.errors || r.non2xx ? `, ${r.errors} errors, ${r.non2xx} non-2xx` : ""}`);
  }
  run.rss = serverRss(server);
  await drain(url);
  if (lighthouse) {
    const targets = LIGHTHOUSE_PAGES.filter((p) => run.present.get(p)).map((p) => url + p);
    try {
      const scores = await runLighthouse(targets);
      for (const [u, s] of scores) run.lighthouse.set(u.slice(url.length) || "/", s);
    } catch (error) {
      notes.push(`Lighthouse failed: ${(error as Error).message.split("\n")[0]}`);
    }
  }
  await stopServer(server);
  server = null;
  return run;
}

/** The table rows of one server run (throughput, latency, document weights, loads, server times). */
function serverRows(run: SizeRun): void {
  const stat = run.loads.get(STATIC)!;
  const nf = run.loads.get(NOT_FOUND)!;
  for (const page of ["/", ROOT_GZIP]) {
    const home = run.loads.get(page)!;
    const ratio = home.rps / nf.rps;
    const none = home.requests === 0;
    const cpu = `During the run the server process used ${fmt(home.serverCores ?? NaN, 2)} cores (${fmt(home.serverSystemCores ?? NaN, 2)} in the kernel) and autocannon ${fmt(home.clientCores, 2)}; for the not-found page ${fmt(nf.serverCores ?? NaN, 2)} and ${fmt(nf.clientCores, 2)}.`;
    rows.push({
      figure: `[${run.label}] ${page} throughput vs Next's not-found page (${CONNECTIONS} conn, ${SECONDS} s)`,
      target: run.label === "seed" ? ">= 0.5x" : "(info)",
      measured: `${fmt(ratio, 2)}x (${fmt(home.rps, 0)} vs ${fmt(nf.rps, 0)} req/s; ${fmt(home.bytesPerRequest / 1024)} vs ${fmt(nf.bytesPerRequest / 1024)} KB per response)`,
      pass: run.label === "seed" ? ratio >= 0.5 : null,
      why:
        page === ROOT_GZIP
          ? `\`/\` is a page-cache hit, but Next gzips the cached page again on every request (it stores no compressed copy): ${fmt(home.bytesPerRequest / 1024)} KB on the wire, and the compression is the CPU. ${cpu} Next lever: let the CDN or reverse proxy in front compress and cache (\`compress: false\` behind it), or keep a compressed copy of each cached page.`
          : `\`/\` is a page-cache hit (no render, no query); per response Next sends ${fmt(home.bytesPerRequest / 1024)} KB against the not-found page's ${fmt(nf.bytesPerRequest / 1024)} KB, at the same server CPU, so the cost still follows the bytes. ${cpu} Next lever: the layout and page chrome are most of the remaining payload (the matrix itself is compact tuples); \`generateEtags: false\` (+30% in the issue's measurement) if the CDN's revalidation can do without page ETags.`,
    });
    rows.push({
      figure: `[${run.label}] ${page} latency under load`,
      target: run.label === "seed" ? "p99 < 100 ms" : "(info)",
      measured: none ? `no response completed within ${home.seconds} s` : `p50 ${home.p50} ms, p99 ${home.p99} ms`,
      pass: run.label === "seed" ? !none && home.p99 < 100 : null,
      why: `served from the page cache; at 20 connections the ${fmt(home.bytesPerRequest / 1024)} KB responses queue on the shared cores. ${cpu}`,
    });
  }
  rows.push({
    figure: `[${run.label}] / throughput vs a static file (info)`,
    target: "(info)",
    measured: `${fmt((run.loads.get("/")!.rps / stat.rps) * 100)}% (${fmt(run.loads.get("/")!.rps, 0)} vs ${fmt(stat.rps, 0)} req/s; static ${fmt(stat.bytesPerRequest / 1024)} KB)`,
    pass: null,
  });
  for (const [page, w] of run.weights) {
    const budget = run.label === "seed" ? WEIGHT_BUDGET_KB[page] : undefined;
    rows.push({
      figure: `[${run.label}] ${page} document (HTML with inline RSC payload, uncompressed)`,
      target: budget === undefined ? "(info)" : `<= ${fmt(budget)} KB`,
      measured: `${fmt(w.bytes / 1024)} KB, RSC payload ${fmt(w.rscBytes / 1024)} KB (${fmt((w.rscBytes / w.bytes) * 100, 0)}%)`,
      pass: budget === undefined ? null : w.bytes / 1024 <= budget,
      why: `of which ${fmt(w.rscBytes / 1024)} KB is React's inline payload (the rendered tree again, as data for hydration and client navigation); ${WEIGHT_WHY[page] ?? "rendered on the server."}`,
    });
  }
  for (const [page, l] of run.loads) {
    if (page === "/" || page === STATIC || page === NOT_FOUND || page === ROOT_GZIP) continue;
    // Server CPU per response: what an answer costs whatever else shares the machine (wall times follow the load).
    const cpuEach = l.requests && l.serverCores !== null ? `, ${fmt((l.serverCores * l.seconds * 1000) / l.requests)} ms server CPU each` : "";
    const measured = l.requests === 0 ? `no response completed within ${l.seconds} s` : `${fmt(l.rps, 0)} req/s, p50 ${l.p50} ms, p99 ${l.p99} ms, ${fmt(l.bytesPerRequest / 1024)} KB per response${cpuEach}`;
    const target = run.label === "large" && page === API_GZIP;
    const cpu = `server ${fmt(l.serverCores ?? NaN, 2)} cores, autocannon ${fmt(l.clientCores, 2)}`;
    const why: Record<string, string> = {
      [API_GZIP]: `the whole matrix with every evidence item is ${fmt((run.loads.get(API)?.bytesPerRequest ?? NaN) / 1024)} KB of JSON, stored as bytes with its ETag (a hit no longer parses it from the data cache); ${fmt(l.bytesPerRequest / 1024)} KB gzipped, but Next compresses it for every request (a route handler cannot send a body it compressed itself: Next 16 drops its Content-Encoding), and at 20 connections that compression is the CPU (${cpu}). Next lever: a CDN or reverse proxy in front that compresses once and caches (\`s-maxage=60\`); clients that page the answer (\`limit\`, below) or leave the evidence out (\`evidence=false\`) get small answers.`,
    };
    const label = page === API ? `${API} (no Accept-Encoding: identity)` : page;
    rows.push({ figure: `[${run.label}] ${label} under load`, target: target ? "p99 < 1 s" : "(info)", measured, pass: target ? l.requests > 0 && l.p99 < 1000 : null, why: why[page] });
  }
  for (const page of PAGES) {
    const t = run.times.get(page);
    rows.push({
      figure: `[${run.label}] ${page} server time`,
      target: "< 500 ms",
      measured: t ? `${fmt(t.median)} ms median (${fmt(t.bytes / 1024)} KB)` : "absent (404)",
      pass: t ? t.median < 500 : null,
      why: t ? `${fmt(t.bytes / 1024)} KB response; ${PAGE_WHY[page] ?? "rendered on the server."}` : undefined,
    });
    const c = run.cold.get(page);
    if (c)
      rows.push({
        figure: `[${run.label}] ${page} uncached render (a date not yet asked for)`,
        target: "< 500 ms",
        measured: `${fmt(c.median)} ms median, max ${fmt(c.max)} ms (${fmt(c.bytes / 1024)} KB)`,
        pass: c.median < 500,
        why: `a full render with its queries on a cache miss, ${fmt(c.bytes / 1024)} KB; ${PAGE_WHY[page] ?? "rendered on the server."}`,
      });
  }
}

/** Where the large run's RSS is, from its figures (the file-backed part by file, the largest document). */
function rssWhy(rss: Rss, run: SizeRun): string {
  const files = rss.files.slice(0, 4).map((f) => `${path.basename(f.path)} ${fmt(f.mb, 0)}`).join(", ");
  const db = rss.files.find((f) => f.path.endsWith(".db"));
  const [page, w] = [...run.weights].sort((a, b) => b[1].bytes - a[1].bytes)[0] ?? ["-", { bytes: NaN }];
  const api = run.loads.get(API);
  return (
    `anonymous ${fmt(rss.anon, 0)} MB: the JavaScript heap at its high-water mark (V8 keeps the heap it grew) after the large pages' renders ` +
    `(the largest, ${page}, is ${fmt(w.bytes / 1024)} KB of HTML) and the load runs, Next's in-memory page and data caches (cacheMaxMemorySize, 50 MB: ` +
    `a smaller one makes Next render evicted pages again, which grows the heap more), the read API's stored answers (at most 32 MB; ` +
    `${api ? `${fmt(api.bytesPerRequest / 1024 / 1024)} MB answers, ` : ""}sent as stored, neither parsed from the data cache nor copied per request) and ` +
    `SQLite's 32 MB page cache; file-backed ${fmt(rss.file, 0)} MB, by file (MB): ${files || "n/a"}` +
    `${db ? `: the database is memory-mapped (mmap_size 256 MB in db/connection.ts), so every page of it once read stays resident` : ""}. ` +
    `Next levers: the large pages' weight (the heap follows the largest render); \`mmap_size = 0\`${db ? ` (about ${fmt(db.mb, 0)} MB: reads then go through SQLite's page cache, and the OS file cache is outside RSS)` : ""}; ` +
    `a V8 heap limit (\`--max-old-space-size\`) in the start script.`
  );
}

/** The RSS row of the large run. */
function rssRow(largeRun: SizeRun): void {
  const rss = largeRun.rss;
  rows.push({
    figure: "server RSS after the load run, 30x200x20",
    target: "< 300 MB",
    measured: rss === null ? "n/a" : `${fmt(rss.total, 0)} MB (anon ${fmt(rss.anon, 0)}, file-backed ${fmt(rss.file, 0)})`,
    pass: rss === null ? null : rss.total < 300,
    why: rss ? rssWhy(rss, largeRun) : undefined,
  });
}

async function main() {
  const started = Date.now();
  const loadAtStart = os.loadavg()[0];
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? "cpu"}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
  const rebuilt = buildIfNeeded();
  console.log(rebuilt ? "Built the production app." : "The production build is up to date.");
  if (ONLY === "large") {
    const file = path.join(tmp, "large.db");
    const { report, ms: took } = buildSyntheticDatabase(file, LARGE);
    console.log(`built 30 x 200 x 20: ${report.stances} stances, ${report.evidence} evidence items in ${fmt(took / 1000)} s`);
    const largeRun = await serverRun("large", file, false);
    serverRows(largeRun);
    rssRow(largeRun);
    const table = markdownTable(["figure", "target", "measured", "pass"], rows.map((r) => [r.figure, r.target, r.measured, r.pass === null ? "" : r.pass ? "pass" : "FAIL"]));
    console.log(`\n${table}\n\n${rows.filter((r) => r.pass === false).map((r) => `- ${r.figure.trim()}: ${r.measured}. ${r.why ?? ""}`).join("\n")}`);
    console.log(`\n--only large: ${fmt((Date.now() - started) / 60_000)} min, load average ${os.loadavg()[0].toFixed(1)}; bench/RESULTS.md left as it was.`);
    return;
  }

  // Databases.
  const seedFile = path.join(tmp, "seed.db");
  seedDb(seedFile);
  const sizes: { label: string; file: string; opts?: typeof LARGE }[] = [
    { label: "seed (curated)", file: seedFile },
    { label: "10 x 50 x 20", file: path.join(tmp, "medium.db"), opts: { ...LARGE, actors: 10, issues: 50 } },
    { label: "30 x 200 x 5", file: path.join(tmp, "short.db"), opts: { ...LARGE, snapshots: 5 } },
    { label: "30 x 200 x 20", file: path.join(tmp, "large.db"), opts: LARGE },
    ...(quick ? [] : [{ label: "30 x 200 x 40", file: path.join(tmp, "long.db"), opts: { ...LARGE, snapshots: 40 } }]),
  ];
  for (const s of sizes) {
    if (!s.opts) continue;
    const { report, ms } = buildSyntheticDatabase(s.file, s.opts);
    console.log(`built ${s.label}: ${report.stances} stances, ${report.evidence} evidence items in ${fmt(ms / 1000)} s`);
  }

  // Query-level timings and growth.
  const growth: { label: string; q: QueryTimings }[] = [];
  for (const s of sizes) {
    const q = measureQueries(s.file, { runs: quick ? 9 : 31 });
    growth.push({ label: s.label, q });
    console.log(`queries ${s.label}: matrix ${ms(q.matrixMs)} (${q.cells} cells), timeline ${ms(q.timelineMs)}`);
  }
  const large = growth.find((g) => g.label === "30 x 200 x 20")!.q;
  rows.push({ figure: "as-of matrix query as the matrix page runs it (cells + evidence counts), 30x200x20", target: "< 20 ms", measured: `${ms(large.matrixNoEvidenceMs)}, ${large.cells} cells`, pass: large.matrixNoEvidenceMs.wall < 20,
    why: `one index seek per series (${LARGE.actors} x ${LARGE.issues} plus the directed ones), one evidence count per cell and ${large.cells} objects built; the wall time equals the CPU time, so this is the query's own cost, within about 10% of the target. It runs once per date and selection until a write: the page and data caches serve every other request.` });
  rows.push({ figure: "  the same with evidence bodies (the read API's matrix)", target: "(info)", measured: `${ms(large.matrixMs)}, ${large.evidence} evidence items`, pass: null });
  rows.push({ figure: "divergence timeline, one pair (ROK-DPRK), 30x200x20", target: "< 50 ms", measured: `${ms(large.timelineMs)}, ${large.steps} steps`, pass: large.timelineMs.wall < 50,
    why: `reads both actors' histories (${2 * LARGE.issues * LARGE.snapshots} stances, positions only) and sweeps their change dates once (${large.steps} points); unlike the matrix this cost follows history length by nature (one step per change), see the growth table. The pages keep the result in the data cache until a write.` });
  rows.push({ figure: "  the same loading evidence too", target: "(info)", measured: ms(large.timelineWithEvidenceMs), pass: null });

  // Servers.
  const seedRun = await serverRun("seed", seedFile, withLighthouse);
  const largeRun = await serverRun("large", path.join(tmp, "large.db"), false);

  for (const run of [seedRun, largeRun]) serverRows(run);
  rssRow(largeRun);

  // First-load JS.
  const js = firstLoadJs();
  const base = js.find((r) => r.route === "/_not-found");
  for (const r of js) {
    const extra = base ? r.gzipKb - base.gzipKb : NaN;
    rows.push({
      figure: `first-load JS ${r.route}${r.route === "/_not-found" ? " (framework baseline)" : ""}`,
      target: r.route === "/" ? "<= baseline + 30 kB" : "(info)",
      measured: `${fmt(r.gzipKb)} kB gz${r.route === "/_not-found" ? "" : ` (+${fmt(extra)} kB)`}`,
      pass: r.route === "/" ? extra <= 30 : null,
    });
  }

  // Lighthouse.
  for (const page of LIGHTHOUSE_PAGES) {
    const s = seedRun.lighthouse.get(page);
    if (!s) {
      rows.push({ figure: `Lighthouse ${page}`, target: "perf >= 95, a11y 100, BP >= 95", measured: !withLighthouse ? "skipped" : seedRun.present.get(page) ? "failed (see notes)" : "absent (404)", pass: null });
      continue;
    }
    const perf = page === "/divergence" ? 95 : 98;
    const tbt = page === "/divergence" ? 150 : 100;
    rows.push({ figure: `Lighthouse ${page}: performance / accessibility / best practices`, target: `>= ${perf} / 100 / >= 95`, measured: `${s.performance} / ${s.accessibility} / ${s.bestPractices}`, pass: s.performance >= perf && s.accessibility === 100 && s.bestPractices >= 95,
      why: `failing audits: ${s.failing.join("; ") || "none (performance only)"}.` });
    const lhWhy =
      page === "/divergence"
        ? " The what-if editor no longer loads with the page; the remaining main-thread work is hydrating the four Recharts charts (first-load JS of /divergence is Recharts, about +144 kB gz over the framework). Next lever: draw the heatmap and the bars as server-rendered SVG/HTML without Recharts, so only the timeline hydrates."
        : "";
    rows.push({ figure: `Lighthouse ${page}: LCP / CLS / TBT`, target: `<= 1.0 s / <= 0.05 / <= ${tbt} ms`, measured: `${fmt(s.lcpMs / 1000, 2)} s / ${fmt(s.cls, 3)} / ${fmt(s.tbtMs, 0)} ms`, pass: s.lcpMs <= 1000 && s.cls <= 0.05 && s.tbtMs <= tbt,
      why: `TBT ${fmt(s.tbtMs, 0)} ms, LCP ${fmt(s.lcpMs / 1000, 2)} s for a ${fmt((seedRun.times.get(page)?.bytes ?? NaN) / 1024)} KB page (Lighthouse's simulated throttling scales the main-thread work it observes on this machine).${lhWhy}` });
  }

  const table = markdownTable(["figure", "target", "measured", "pass"], rows.map((r) => [r.figure, r.target, r.measured, r.pass === null ? "" : r.pass ? "pass" : "FAIL"]));
  const growthTable = markdownTable(
    ["dataset (actors x issues x snapshots)", "stances", "cells as of 2026-11-27", "as-of matrix + evidence, ms (cpu)", "as-of cells only, ms (cpu)", "pair timeline, ms (cpu)", "timeline steps"],
    growth.map(({ label, q }) => [label, String(q.stances), String(q.cells), wc(q.matrixMs), wc(q.matrixNoEvidenceMs), wc(q.timelineMs), String(q.steps)]),
  );
  const minutes = (Date.now() - started) / 60_000;
  console.log(`\n${table}\n\nGrowth (query level, medians):\n\n${growthTable}\n`);
  if (notes.length) console.log(notes.map((n) => `note: ${n}`).join("\n"));

  const md = `# Benchmark results

Last run: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC${quick ? " (--quick)" : ""}, ${fmt(minutes)} min.
Machine: ${machine}; 1-minute load average ${loadAtStart.toFixed(1)} at the start and ${os.loadavg()[0].toFixed(1)} at the end.

${table}

## Targets not met, and why

${rows.filter((r) => r.pass === false).map((r) => `- **${r.figure.trim()}**: ${r.measured}. ${r.why ?? ""}`).join("\n") || "All targets met."}

Wall times include waiting for the CPU when other work shares the machine (load average ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)}
at the end, on ${os.cpus().length} cores); the CPU times beside them are what the work itself costs.

## Growth: cost follows actors x issues, not history

Query-level medians (in process, same machine). "30 x 200 x 5" and "30 x 200 x 20"${quick ? "" : " and \"30 x 200 x 40\""} show the same matrix with a
4x${quick ? "" : " and 8x"} longer history.

${growthTable}

## Index use (EXPLAIN QUERY PLAN at 30 x 200 x 20)

The as-of query, then the evidence lookup (one statement per 500 cells):

\`\`\`
${large.plan.join("\n")}
\`\`\`

## How measured

- \`npm run bench\` (\`bench/run.ts\`): builds when needed, makes temporary databases (the curated seed, and synthetic
  ones from \`db/seed/synthetic.ts\`, seed ${LARGE.seed}), runs \`next start\` on 127.0.0.1:${PORT}, and removes everything after.
- Query timings: medians of ${quick ? 9 : 31} in-process runs after warm-up. The matrix as the page reads it is
  \`stancesAsOf(date, { evidence: false })\` (the stances in force with evidence counts) over six as-of dates; with the
  evidence bodies it is \`getMatrix\` (what the read API serves). The timeline is \`getDivergenceTimelines\` for ROK and
  DPRK from ${"2018-01-01"}: both actors' histories, positions only, and the sweep of \`lib/timeline.ts\` (tested
  against the resolve-and-compare reference in \`lib/timeline.test.ts\`).
- Server time: median of ${SERVER_RUNS} sequential GETs per page after two warm-ups (no concurrency), wall time at the client:
  with the page cache these are cache hits. "Uncached render": ${SERVER_RUNS} GETs of the same page, each for an as-of date
  not asked for before, so each is a cache miss and a full render with its queries.
- Server and client CPU: user + system time of the server's process group (/proc) and of the benchmark process
  (autocannon runs in it) over the load run, in cores.
- Load: autocannon as a library, ${CONNECTIONS} connections for ${SECONDS} s per page, the static 5 KB page
  \`${STATIC}\` (served from public/ by the same server) immediately before \`/\`; throughput is the mean req/s.
- The read API's matrix is loaded three ways: with \`Accept-Encoding: gzip\` as browsers and HTTP libraries send it
  (the target figure), without it (identity), and one page of 20 issues (\`?limit=20\`, gzip); KB per response are
  bytes on the wire. Its server times use Node's fetch, which asks for gzip.
- RSS: VmRSS of the \`next-server\` process from /proc after the large-size load, its file-backed part by file from
  /proc/PID/smaps.
- First-load JS: build-manifest rootMainFiles + the route's client reference manifest entryJSFiles, each gzipped
  (level 9) and summed; nomodule polyfills excluded. Baseline: /_not-found.
- Lighthouse 12.2.3 node API, desktop preset, Chromium at $CHROME_PATH (/usr/bin/chromium) launched by chrome-launcher
  headless, at the seed size.
${notes.length ? `\nNotes:\n${notes.map((n) => `- ${n}`).join("\n")}\n` : ""}`;
  const file = path.join(process.cwd(), "bench", "RESULTS.md");
  // The load drill (npm run test:drills) keeps its own section at the end of the file.
  const previous = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const drill = previous.indexOf("## Load drill");
  fs.writeFileSync(file, drill >= 0 ? `${md.trimEnd()}\n\n${previous.slice(drill)}` : md);
  console.log(`Wrote bench/RESULTS.md (${fmt(minutes)} min).`);
}

function markdownTable(head: string[], body: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...body.map(line)].join("\n");
}

main()
  .then(cleanup)
  .catch(async (error) => {
    console.error(error);
    await cleanup();
    process.exit(1);
  });
