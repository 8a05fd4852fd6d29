/** Shared steps of the drills: a production server on a temporary database, signing in, saving a stance. */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { chromium } from "@playwright/test";

export const ADMIN = { username: "drill-admin", password: "drill-admin-passphrase-not-for-production" };

/** A database file in a fresh temporary folder, removed when the drills exit. */
export function tempDb(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `stance-atlas-${name}-`));
  process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, `${name}.db`);
}

export type Server = { child: ChildProcess; log: () => string; baseURL: string };

/** `node --import tsx scripts/start.ts` in its own process group, waiting for /api/health. */
export async function startServer(port: number, db: string): Promise<Server> {
  // Something else answering on the port would stand in for our server: refuse instead.
  const taken = await fetch(`http://127.0.0.1:${port}/api/health`).then(() => true, () => false);
  if (taken) throw new Error(`port ${port} is already in use; set DRILL_PORT to a free base port`);
  let log = "";
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, PORT: String(port), DATABASE_URL: db, ADMIN_USERNAME: ADMIN.username, ADMIN_PASSWORD: ADMIN.password, NODE_ENV: "production" },
  });
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}:\n${log}`);
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) return { child, log: () => log, baseURL };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  killGroup(child, "SIGKILL");
  throw new Error(`server did not come up in 300 s:\n${log}`);
}

export function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

export async function stopServer(s: Server): Promise<void> {
  const exited = new Promise((r) => s.child.once("exit", r));
  killGroup(s.child, "SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  killGroup(s.child, "SIGKILL");
}

export function stanceIdOf(db: string, actor: string, issue: string, validFrom: string): number {
  const d = new Database(db, { readonly: true });
  try {
    return (
      d
        .prepare(
          `select s.id from stances s join actors a on a.id = s.actor_id join issues i on i.id = s.issue_id
           where a.code = ? and i.slug = ? and s.valid_from = ? and s.counterpart_id is null`,
        )
        .get(actor, issue, validFrom) as { id: number }
    ).id;
  } finally {
    d.close();
  }
}

export function stanceVersion(db: string, id: number): number {
  const d = new Database(db, { readonly: true });
  try {
    return (d.prepare("select version from stances where id = ?").get(id) as { version: number }).version;
  } finally {
    d.close();
  }
}

/**
 * Signs in with a browser, switches the stance form to "Correct this stance" and captures every field (Next's hidden
 * action fields included),
 * so the drill can replay "Save correction" over plain HTTP like a browser without JavaScript would.
 */
export async function captureStanceForm(baseURL: string, stanceId: number): Promise<{ cookie: string; fields: [string, string][] }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage({ baseURL });
    page.setDefaultTimeout(60_000);
    await page.goto("/admin/sign-in");
    await page.getByLabel("Username").fill(ADMIN.username);
    await page.getByLabel(/^Password/).fill(ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByTestId("signed-in-user").waitFor();
    await page.goto(`/admin/stances/${stanceId}`);
    // "Correct this stance" fills the form with this stance's evidence (a new stance starts without any).
    await page.getByLabel("Correct this stance").check();
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Save correction" }) }).first();
    await page.waitForFunction(() => (document.querySelector('[name="evidence[0].paraphrase"]') as HTMLTextAreaElement | null)?.value);
    const fields = await form.evaluate((f: HTMLFormElement) => [...new FormData(f).entries()].map(([k, v]) => [k, String(v)] as [string, string]));
    const cookie = (await page.context().cookies()).find((c) => c.name === "sa_session")!.value;
    return { cookie, fields };
  } finally {
    await browser.close();
  }
}

/** Posts a correction of the stance with this summary; true when the server acknowledged the save. */
export async function saveCorrection(
  baseURL: string,
  stanceId: number,
  form: { cookie: string; fields: [string, string][] },
  summary: string,
  version: number,
  signal?: AbortSignal,
): Promise<boolean> {
  const overrides: Record<string, string> = { mode: "correct", summary, version: String(version) };
  const fd = new FormData();
  const seen = new Set<string>();
  for (const [k, v] of form.fields) {
    fd.append(k, k in overrides ? overrides[k] : v);
    seen.add(k);
  }
  for (const [k, v] of Object.entries(overrides)) if (!seen.has(k)) fd.append(k, v);
  const res = await fetch(`${baseURL}/admin/stances/${stanceId}`, {
    method: "POST",
    body: fd,
    headers: { cookie: `sa_session=${form.cookie}` },
    redirect: "manual",
    signal,
  });
  const body = await res.text();
  if (res.status >= 300 && res.status < 400) return /saved/.test(res.headers.get("location") ?? "");
  return res.ok && body.includes("saved-message") && body.includes("Corrected the stance");
}

export function report(results: { name: string; ok: boolean; detail: string }[]): void {
  for (const r of results) console.log(`${r.ok ? "PASS" : "FAIL"} ${r.name}${r.detail ? `\n  ${r.detail.replace(/\n/g, "\n  ")}` : ""}`);
}
