/**
 * Crash drill: a loop of acknowledged stance corrections over HTTP against the production server, `kill -9` of the
 * server's process group mid-run, restart on the same file. Then: integrity_check is ok, every acknowledged write
 * is there with exactly one audit row, nothing is half-written (stances keep their evidence, the audit matches).
 */
import Database from "better-sqlite3";
import { captureStanceForm, killGroup, saveCorrection, stanceIdOf, startServer, stanceVersion, stopServer, tempDb } from "./lib";

export async function crashDrill(port: number): Promise<{ ok: boolean; detail: string }> {
  const file = tempDb("crash");
  const problems: string[] = [];
  let server = await startServer(port, file);
  const id = stanceIdOf(file, "CHN", "security-order", "2017-01-01");
  const form = await captureStanceForm(server.baseURL, id);
  const acked: string[] = [];
  let inFlight: string | null = null;
  let version = stanceVersion(file, id);

  // The kill lands while writes are running: after a few acknowledged saves, at a random moment.
  const loop = (async () => {
    for (let n = 0; n < 10_000; n++) {
      const summary = `crash-drill write ${n}`;
      inFlight = summary;
      let ok = false;
      try {
        ok = await saveCorrection(server.baseURL, id, form, summary, version);
      } catch {
        return; // the server died under this request: not acknowledged
      }
      if (!ok) {
        problems.push(`write ${n} was not acknowledged while the server was up`);
        return;
      }
      acked.push(summary);
      inFlight = null;
      version += 1;
    }
  })();
  const started = Date.now();
  while (acked.length < 5 && Date.now() - started < 120_000 && problems.length === 0) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 500 + Math.random() * 1500));
  killGroup(server.child, "SIGKILL");
  await loop;
  const lastInFlight = inFlight;
  if (acked.length < 5) problems.push(`only ${acked.length} writes were acknowledged before the kill`);

  // Restart on the same file.
  server = await startServer(port, file);
  try {
    const db = new Database(file, { readonly: true });
    try {
      const integrity = db.pragma("integrity_check", { simple: true });
      if (integrity !== "ok") problems.push(`integrity_check: ${integrity}`);
      const rows = db
        .prepare("select id, action, before, after from audit_log where entity_type = 'stance' and entity_id = ? order by id")
        .all(id) as { id: number; action: string; before: string; after: string }[];
      const drillRows = rows.filter((r) => JSON.parse(r.after).summary?.startsWith("crash-drill"));
      for (const s of acked) {
        const n = drillRows.filter((r) => JSON.parse(r.after).summary === s).length;
        if (n !== 1) problems.push(`acknowledged "${s}" has ${n} audit rows`);
      }
      const extra = drillRows.filter((r) => !acked.includes(JSON.parse(r.after).summary));
      if (extra.length > 1 || (extra.length === 1 && JSON.parse(extra[0].after).summary !== lastInFlight))
        problems.push(`unexpected audit rows: ${extra.map((r) => JSON.parse(r.after).summary).join(", ")}`);
      const stance = db.prepare("select summary, version from stances where id = ?").get(id) as { summary: string; version: number };
      const expected = extra.length ? lastInFlight : acked[acked.length - 1];
      if (stance.summary !== expected) problems.push(`stance summary is "${stance.summary}", expected "${expected}"`);
      if (rows.length === 0) problems.push("the stance has no audit rows at all");
      else {
        const last = JSON.parse(rows[rows.length - 1].after);
        if (last.version !== stance.version) problems.push(`stance version ${stance.version} differs from its last audit row (${last.version})`);
        const evidence = (db.prepare("select count(*) n from evidence where stance_id = ?").get(id) as { n: number }).n;
        if (evidence !== last.evidence.length) problems.push(`stance has ${evidence} evidence rows, its last audit row ${last.evidence.length}`);
      }
      const bare = (db.prepare("select count(*) n from stances s where not exists (select 1 from evidence e where e.stance_id = s.id) and coalesce(s.note, '') = ''").get() as { n: number }).n;
      if (bare) problems.push(`${bare} stances have no evidence and no note saying why`);
      const fk = db.pragma("foreign_key_check") as unknown[];
      if (fk.length) problems.push(`foreign_key_check: ${JSON.stringify(fk)}`);
    } finally {
      db.close();
    }
    const page = await fetch(`${server.baseURL}/admin/stances/${id}`, { headers: { cookie: `sa_session=${form.cookie}` } });
    if (!page.ok) problems.push(`after restart the stance page answered ${page.status}`);
  } finally {
    await stopServer(server);
  }
  return {
    ok: problems.length === 0,
    detail: `${acked.length} acknowledged writes before kill -9${lastInFlight ? `, "${lastInFlight}" in flight` : ""}; ${problems.join("; ") || "all present, integrity ok"}`,
  };
}
