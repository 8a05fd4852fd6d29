/**
 * A separate editor process for the concurrency tests: its own connection to DATABASE_URL, calling the real
 * db/mutations functions. Prints one JSON line: what each attempt returned (or the error it threw).
 *
 *   node --conditions=react-server --import tsx tests/reliability/edit-worker.ts JSON   (the test runs an esbuild bundle of it)
 *   JSON: { mode: "distinct", stanceId, editorId, tag, edits, startAt }   -- sequential corrections of its own stance
 *         { mode: "race", stanceId, editorId, tag, rounds, baseVersion, startAt } -- one attempt per round at version base+r
 */
import { getDb } from "../../db/client";
import { correctStance, stanceSnapshot } from "../../db/mutations/stances";
import { stanceInput } from "../../lib/admin/schemas";

type Args = { mode: "distinct" | "race"; stanceId: number; editorId: number; tag: string; edits?: number; rounds?: number; baseVersion?: number; startAt: number };
const args = JSON.parse(process.argv[2]) as Args;
const editor = { id: args.editorId, username: `worker-${args.tag}` };
const db = getDb().$client;

function input(summary: string, version: number) {
  const s = stanceSnapshot(db, args.stanceId)!;
  return stanceInput.parse({
    mode: "correct",
    validFrom: s.validFrom,
    position: s.position === null ? "none" : String(s.position),
    salience: String(s.salience),
    confidence: s.confidence,
    summary,
    note: s.note ?? "",
    unsourced: s.evidence.length === 0,
    evidence: s.evidence.map((e) => ({ ...e, url: e.url ?? "", quote: e.quote ?? "", note: e.note ?? "", sourceKey: e.sourceKey ?? "" })),
    version: String(version),
  });
}

async function main() {
  // Start together: every process waits for the same wall-clock moment.
  while (Date.now() < args.startAt) await new Promise((r) => setTimeout(r, 5));
  const results: { summary: string; status: string; error?: string }[] = [];
  if (args.mode === "distinct") {
    for (let k = 0; k < (args.edits ?? 1); k++) {
      const summary = `${args.tag}-edit-${k}`;
      try {
        const version = stanceSnapshot(db, args.stanceId)!.version;
        results.push({ summary, status: correctStance(args.stanceId, input(summary, version), editor).status });
      } catch (e) {
        results.push({ summary, status: "threw", error: String(e) });
      }
    }
  } else {
    for (let r = 0; r < (args.rounds ?? 1); r++) {
      const version = args.baseVersion! + r;
      // Wait until the stance reaches this round's version (a slow process may find it already past).
      // Bounded: a round nobody won must fail the test, not hang it.
      const deadline = Date.now() + 60_000;
      while (stanceSnapshot(db, args.stanceId)!.version < version && Date.now() < deadline) await new Promise((res) => setTimeout(res, 2));
      const summary = `${args.tag}-round-${r}`;
      if (stanceSnapshot(db, args.stanceId)!.version < version) {
        results.push({ summary, status: "threw", error: `round ${r}: the stance never reached version ${version}` });
        break;
      }
      try {
        results.push({ summary, status: correctStance(args.stanceId, input(summary, version), editor).status });
      } catch (e) {
        results.push({ summary, status: "threw", error: String(e) });
      }
    }
  }
  process.stdout.write(JSON.stringify(results) + "\n");
}

main().catch((e) => {
  process.stdout.write(JSON.stringify([{ summary: "", status: "threw", error: String(e) }]) + "\n");
  process.exit(1);
});
