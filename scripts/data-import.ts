/**
 * npm run data:import -- FILE.xlsx|FILE.csv [--dry-run] [--as USERNAME] [--drafts]
 * The admin area's import from the command line, on DATABASE_URL (default data/stance-atlas.db): the same reader,
 * the same validation and the same single transaction. --dry-run prints what would change and every row error and
 * writes nothing. Applying needs --as, an existing account whose name the audit rows carry; --drafts saves the
 * changes as drafts for review (as does the admin's "changes need review" setting).
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { runMigrations } from "../db/migrate";
import { getDb } from "../db/client";
import { applyImport, planImport } from "../db/mutations/import";
import { readSpreadsheet } from "../lib/import/read";
import { createTranslator } from "use-intl/core";
import { en } from "../messages";
import { messageText, type AdminMessage } from "../lib/admin/messages";
import { formatDate } from "../lib/dates";
import type { RowProblem } from "../lib/import/types";

/** The import's messages in English, from the admin area's catalogue (the same texts as its English pages). */
const t = createTranslator({ locale: "en", messages: en, namespace: "AdminMessages" });
const say = (m: AdminMessage) => messageText(t, m, (iso) => formatDate(iso, "en"));
/** A value the schema refused keeps the schema's own English message (lib/admin/schemas.ts). */
const problem = (p: RowProblem) => (p.key === "invalidValue" ? p.issue.message : say(p));

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { "dry-run": { type: "boolean" }, as: { type: "string" }, drafts: { type: "boolean" } },
  });
  const file = positionals[0];
  if (!file) {
    console.error("Usage: npm run data:import -- FILE.xlsx|FILE.csv [--dry-run] [--as USERNAME] [--drafts]");
    return 2;
  }
  if (!fs.existsSync(file)) {
    console.error(`No such file: ${file}`);
    return 2;
  }
  const read = await readSpreadsheet(new Uint8Array(fs.readFileSync(file)));
  if (!read.ok) {
    console.error(say(read.error));
    return 1;
  }
  const db = getDb();
  runMigrations(db);
  const plan = planImport(read.rows);
  for (const i of plan.items.filter((x) => x.action !== "unchanged"))
    console.log(`${i.action.padEnd(8)} rows ${i.rows.join(",").padEnd(8)} ${i.series.actor} ${i.series.issue}${i.series.counterpart ? ` toward ${i.series.counterpart}` : ""} from ${i.validFrom}: ${i.changes.map((c) => c.field).join(", ")}`);
  for (const e of plan.errors) console.log(`error    row ${e.row} ${e.column}: ${problem(e.problem)}`);
  if (read.ignoredColumns.length) console.log(`ignored columns: ${read.ignoredColumns.join(", ")}`);
  console.log(`dry run: ${plan.counts.create} new, ${plan.counts.correct} corrected, ${plan.counts.unchanged} unchanged, ${plan.errors.length} row errors`);
  if (values["dry-run"]) return plan.errors.length ? 1 : 0;
  if (plan.errors.length) {
    console.error("Nothing was imported: fix the row errors first.");
    return 1;
  }
  const user = values.as ? (db.$client.prepare("select id, username from users where username = ? and disabled_at is null").get(values.as) as { id: number; username: string } | undefined) : undefined;
  if (!user) {
    console.error("Applying needs --as USERNAME, an enabled account: the audit log names who imported.");
    return 2;
  }
  const r = applyImport(read.rows, user, { asDrafts: values.drafts === true });
  if (r.status !== "ok") {
    console.error([r.message, ...r.details].map(say).join(" "));
    return 1;
  }
  console.log(`${r.drafts ? "saved as drafts" : "imported"}: ${r.created} new, ${r.corrected} corrected (batch ${r.batch})`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
