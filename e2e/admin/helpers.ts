/** Shared steps of the admin and security e2e tests. */
import { expect as baseExpect, request, test, type APIRequestContext, type Browser, type Locator, type Page } from "@playwright/test";
import Database from "better-sqlite3";

/** Server actions hash passwords and write under load: wait up to 30 s for their results. */
export const expect = baseExpect.configure({ timeout: 30_000 });

export const ADMIN = { username: process.env.E2E_ADMIN_USERNAME!, password: process.env.E2E_ADMIN_PASSWORD! };

/** The database of the server this test's project runs against (playwright.config.ts: project metadata). */
function e2eDatabase(): string {
  let own: unknown;
  try {
    own = test.info().project.metadata?.database;
  } catch {
    own = undefined; // outside a test: the main server's database
  }
  return typeof own === "string" ? own : process.env.E2E_DATABASE_URL!;
}

/** The e2e database, opened read-only: tests look, the app writes. */
export function readDb(): Database.Database {
  return new Database(e2eDatabase(), { readonly: true, fileMustExist: true });
}

export function queryAll<T>(sql: string, ...params: unknown[]): T[] {
  const db = readDb();
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

export function query<T>(sql: string, ...params: unknown[]): T {
  const db = readDb();
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}

export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

export async function signIn(page: Page, username = ADMIN.username, password = ADMIN.password): Promise<void> {
  await page.goto("/admin/sign-in");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-user")).toHaveText(username, { timeout: 30_000 });
}

export async function sessionCookie(page: Page): Promise<string> {
  const c = (await page.context().cookies()).find((x) => x.name === "sa_session");
  expect(c, "the session cookie is set").toBeTruthy();
  return c!.value;
}

/** The id of a stance by actor code, issue slug and start date. */
export function stanceId(actor: string, issue: string, validFrom: string): number {
  const row = query<{ id: number }>(
    `select s.id from stances s join actors a on a.id = s.actor_id join issues i on i.id = s.issue_id
     where a.code = ? and i.slug = ? and s.valid_from = ? and s.counterpart_id is null`,
    actor,
    issue,
    validFrom,
  );
  expect(row, `stance ${actor} ${issue} ${validFrom} exists`).toBeTruthy();
  return row.id;
}

/** Every field the browser would submit for this form, including Next's hidden action fields. */
export async function formFields(form: Locator): Promise<[string, string][]> {
  return form.evaluate((f: HTMLFormElement) => [...new FormData(f).entries()].map(([k, v]) => [k, String(v)] as [string, string]));
}

export function toFormData(fields: [string, string][], overrides: Record<string, string> = {}): FormData {
  const fd = new FormData();
  const seen = new Set<string>();
  for (const [k, v] of fields) {
    fd.append(k, k in overrides ? overrides[k] : v);
    seen.add(k);
  }
  for (const [k, v] of Object.entries(overrides)) if (!seen.has(k)) fd.append(k, v);
  return fd;
}

/** A client with no browser: a given cookie header (or none), no Origin header, no redirects followed. */
export async function rawClient(baseURL: string, cookie?: string): Promise<APIRequestContext> {
  return request.newContext({ baseURL, extraHTTPHeaders: cookie ? { cookie: `sa_session=${cookie}` } : {} });
}

export async function newSignedInPage(browser: Browser, username = ADMIN.username, password = ADMIN.password): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, username, password);
  return page;
}

/** An admin creates an editor through the users page; returns its credentials. */
export async function createEditor(browser: Browser): Promise<{ username: string; password: string }> {
  const page = await newSignedInPage(browser);
  const username = unique("editor").toLowerCase();
  await page.goto("/admin/users");
  const form = page.getByRole("region", { name: "Add a user" });
  await form.getByLabel("Username").fill(username);
  await form.getByLabel("Role").selectOption("editor");
  await form.getByRole("button", { name: "Add user" }).click();
  const password = (await form.getByTestId("generated-password").textContent())!.trim();
  await page.context().close();
  return { username, password };
}

/** Submits a form with this button and waits until the form state from the server has rendered. */
export async function submitAndWait(page: Page, button: Locator): Promise<void> {
  const status = page.locator("[data-state-at]").first();
  const before = (await status.count()) ? await status.getAttribute("data-state-at") : null;
  await button.click();
  await expect(page.locator("[data-state-at]").first()).not.toHaveAttribute("data-state-at", before ?? "0", { timeout: 30_000 });
}

/** Clicks "Revert #auditId" on the entity's audit page and returns the outcome announced next to the button. */
export async function revertEntry(page: Page, entity: string, entityId: number, auditId: number): Promise<string> {
  await page.goto(`/admin/audit?entity=${entity}&id=${entityId}`);
  const entry = page.getByTestId(`audit-${auditId}`);
  await entry.getByRole("button", { name: `Revert #${auditId}` }).click();
  await entry.getByRole("button", { name: `Confirm revert #${auditId}` }).click();
  const outcome = entry.getByRole("status");
  await expect(outcome).toHaveText(/\S/);
  return (await outcome.textContent())!.trim();
}

/** The audit entries of one entity, oldest first. */
export function auditOf(entity: string, entityId: number): { id: number; action: string; revertsId: number | null }[] {
  const { rows } = query<{ rows: string }>(
    `select json_group_array(json_object('id', id, 'action', action, 'revertsId', reverts_id)) as rows
     from (select * from audit_log where entity_type = ? and entity_id = ? order by id)`,
    entity,
    entityId,
  );
  return JSON.parse(rows);
}
