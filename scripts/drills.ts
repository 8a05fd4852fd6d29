/**
 * npm run test:drills — the crash and load drills against the production build (run `npm test` or `next build`
 * first; scripts/start.ts builds when needed). Ports DRILL_PORT and DRILL_PORT+1 (default 3405, 3406).
 * Ends with "drills: N passed, N failed, 0 flaky, N skipped" (drills are not retried; a drill left out by the
 * name filter in argv[2] counts as skipped); exits non-zero when a drill failed.
 */
import { crashDrill } from "../drills/crash";
import { loadDrill } from "../drills/load";
import { report } from "../drills/lib";

const base = Number(process.env.DRILL_PORT ?? 3405);
const only = process.argv[2];
const drills: [string, () => Promise<{ ok: boolean; detail: string }>][] = [
  ["crash drill: kill -9 mid-write, restart, nothing acknowledged lost", () => crashDrill(base)],
  ["load drill: 30 s of readers and an editor, no unexpected status, no server error", () => loadDrill(base + 1)],
];

async function main() {
  const results: { name: string; ok: boolean; detail: string }[] = [];
  let skipped = 0;
  for (const [name, run] of drills) {
    if (only && !name.startsWith(only)) {
      skipped += 1;
      continue;
    }
    console.log(`\n=== ${name} ===`);
    try {
      results.push({ name, ...(await run()) });
    } catch (e) {
      results.push({ name, ok: false, detail: String((e as Error).stack ?? e) });
    }
    report(results.slice(-1));
  }
  const passed = results.filter((r) => r.ok).length;
  console.log(`\ndrills: ${passed} passed, ${results.length - passed} failed, 0 flaky, ${skipped} skipped`);
  process.exit(passed === results.length ? 0 : 1);
}
main();
