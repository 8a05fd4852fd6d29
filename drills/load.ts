/**
 * Load drill: 30 s of mixed traffic against the production server on loopback — readers on every page and API
 * at 20 connections (autocannon) plus an editor saving a stance every second. Zero unexpected statuses (only
 * 2xx/3xx), zero errors in the server log. The figures (p50, p99 of reads) are printed and written to
 * test-results/load-drill.md (untracked): a test run never rewrites a tracked file.
 */
import autocannon from "autocannon";
import fs from "node:fs";
import path from "node:path";
import { captureStanceForm, saveCorrection, stanceIdOf, startServer, stanceVersion, stopServer, tempDb } from "./lib";

const DURATION_S = 30;
const READS = [
  "/",
  "/?asOf=2019-03-01",
  "/issues",
  "/issues/complete-denuclearization",
  "/issues/sequencing?asOf=2018-06-12",
  "/briefing",
  "/api/v1/matrix",
  "/api/v1/matrix?asOf=2018-06-12",
  "/api/v1/stances.csv",
  "/api/v1/stances.csv?asOf=2019-03-01",
  "/api/health",
];

/** Writes the drill's figures to test-results/load-drill.md (untracked; copy them into bench/RESULTS.md by hand). */
function record(section: string): string {
  const file = path.resolve("test-results", "load-drill.md");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, section.trimEnd() + "\n");
  return path.relative(process.cwd(), file);
}

export async function loadDrill(port: number): Promise<{ ok: boolean; detail: string }> {
  const file = tempDb("load");
  const server = await startServer(port, file);
  const problems: string[] = [];
  try {
    const id = stanceIdOf(file, "ROK", "sequencing", "2018-01-01");
    const form = await captureStanceForm(server.baseURL, id);
    // Warm every route once (first requests compile nothing in production, but fill caches).
    for (const p of READS) {
      try {
        const r = await fetch(server.baseURL + p);
        if (r.status >= 400) problems.push(`warm-up ${p}: ${r.status}`);
        await r.arrayBuffer();
      } catch (e) {
        problems.push(`warm-up ${p}: ${e}\n${server.log().slice(-2000)}`);
      }
    }
    const logBefore = server.log().length;

    let editing = true;
    let saves = 0;
    let saveFailures = 0;
    const editor = (async () => {
      let version = stanceVersion(file, id);
      while (editing) {
        const next = Date.now() + 1000;
        try {
          if (await saveCorrection(server.baseURL, id, form, `load-drill save ${saves}`, version)) {
            saves += 1;
            version += 1;
          } else saveFailures += 1;
        } catch (e) {
          saveFailures += 1;
          problems.push(`editor save threw: ${e}`);
        }
        await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
      }
    })();

    const result = await autocannon({
      url: server.baseURL,
      connections: 20,
      duration: DURATION_S,
      timeout: 60,
      requests: READS.map((p) => ({ method: "GET" as const, path: p })),
    });
    editing = false;
    await editor;

    const bad = result["4xx"] + result["5xx"] + result["1xx"];
    if (bad) problems.push(`${bad} unexpected responses (1xx ${result["1xx"]}, 4xx ${result["4xx"]}, 5xx ${result["5xx"]})`);
    if (result.errors) problems.push(`${result.errors} connection errors`);
    if (result.timeouts) problems.push(`${result.timeouts} timeouts`);
    if (saveFailures) problems.push(`${saveFailures} editor saves were not acknowledged`);
    if (saves < 5) problems.push(`only ${saves} editor saves in ${DURATION_S} s`);
    const log = server.log().slice(logBefore);
    const errorLines = log.split("\n").filter((l) => /error|⨯|unhandled|SQLITE_/i.test(l));
    if (errorLines.length) problems.push(`server log errors:\n${errorLines.slice(0, 10).join("\n")}`);

    const reads = result.requests.total;
    const summary = `${reads} reads (${result["2xx"]} 2xx, ${result["3xx"]} 3xx), p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; ${saves} editor saves`;
    const written = record(
      [
        "## Load drill",
        "",
        `Written by \`npm run test:drills\` (drills/load.ts) on ${new Date().toISOString().slice(0, 10)}: ${DURATION_S} s against \`npm start\` on loopback,`,
        `20 autocannon connections cycling through ${READS.length} pages and API calls, plus one editor saving a stance`,
        "correction every second. Figures from a shared 2-core machine: compare runs on the same machine only.",
        "",
        "| reads | 2xx | 3xx | unexpected | p50 (ms) | p99 (ms) | max (ms) | editor saves |",
        "|---|---|---|---|---|---|---|---|",
        `| ${reads} | ${result["2xx"]} | ${result["3xx"]} | ${bad + result.errors + result.timeouts} | ${result.latency.p50} | ${result.latency.p99} | ${result.latency.max} | ${saves} |`,
        "",
        `Result: ${problems.length ? `FAILED — ${problems.join("; ")}` : "passed (no unexpected status, no error in the server log)."}`,
        "",
      ].join("\n"),
    );
    return { ok: problems.length === 0, detail: `${summary}${problems.length ? `; ${problems.join("; ")}` : ""} (figures in ${written})` };
  } finally {
    await stopServer(server);
  }
}
