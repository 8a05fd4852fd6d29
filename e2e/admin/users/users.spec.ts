/**
 * An admin resets an editor's password and disables and re-enables the account on /admin/users, on the isolated
 * server (playwright.config.ts). Checked the way the editor lives it: their open session ends, the old password
 * stops working, the new one works, a disabled account cannot sign in; and in the database and the audit log.
 */
import { test, type Browser, type Page } from "@playwright/test";
import { createHash } from "node:crypto";
import { createEditor, expect, newSignedInPage, query, sessionCookie, signIn } from "../helpers";

test.describe.configure({ timeout: 180_000 });

const REFUSED = "The username or password is not right, or the account is disabled.";

async function signInRefused(browser: Browser, username: string, password: string): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/admin/sign-in");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("status")).toContainText(REFUSED);
  await context.close();
}

/** The editor's page, reloaded: still signed in, or sent to the sign-in page. */
async function stillSignedIn(page: Page): Promise<boolean> {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin(\/sign-in.*)?$/);
  return !/sign-in/.test(page.url());
}

const sessionRevoked = (token: string) =>
  query<{ revokedAt: string | null }>("select revoked_at as revokedAt from sessions where token_hash = ?", createHash("sha256").update(token).digest("hex")).revokedAt !== null;

test.describe("[admin] managing users", () => {
  test("an admin resets an editor's password: the new one is shown once, the old one and the editor's session stop working", async ({ browser }) => {
    const editor = await createEditor(browser);
    const row = query<{ id: number; hash: string; version: number }>("select id, password_hash as hash, version from users where username = ?", editor.username);
    const editorPage = await newSignedInPage(browser, editor.username, editor.password);
    const editorToken = await sessionCookie(editorPage);
    expect(await stillSignedIn(editorPage)).toBe(true);

    const admin = await newSignedInPage(browser);
    await admin.goto("/admin/users");
    const userRow = admin.getByTestId(`user-${editor.username}`);
    await userRow.getByRole("button", { name: `Reset password of ${editor.username}` }).click();
    await expect(userRow).toContainText("New password set; their sessions have ended.");
    const fresh = (await userRow.getByTestId("generated-password").textContent())!.trim();
    expect(fresh.length).toBeGreaterThanOrEqual(20);
    expect(fresh).not.toBe(editor.password);
    // Shown once: a fresh load of the page does not show it again.
    await admin.reload();
    await expect(admin.getByTestId(`user-${editor.username}`)).toBeVisible();
    await expect(admin.getByTestId("generated-password")).toHaveCount(0);

    const after = query<{ hash: string; version: number }>("select password_hash as hash, version from users where id = ?", row.id);
    expect(after.hash).not.toBe(row.hash);
    expect(after.version).toBe(row.version + 1);
    expect(sessionRevoked(editorToken)).toBe(true);
    expect(await stillSignedIn(editorPage)).toBe(false);

    await signInRefused(browser, editor.username, editor.password);
    const again = await newSignedInPage(browser, editor.username, fresh);
    await again.context().close();

    const audit = query<{ action: string; after: string; username: string }>(
      "select action, after, username from audit_log where entity_type = 'user' and entity_id = ? order by id desc limit 1",
      row.id,
    );
    expect(audit.action).toBe("reset-password");
    expect(audit.after).not.toContain(after.hash.split("$").pop());
    expect(audit.after).not.toContain("scrypt");
    await editorPage.context().close();
    await admin.context().close();
  });

  test("an admin disables an editor (session ends, sign-in refused) and enables them again (sign-in works)", async ({ browser }) => {
    const editor = await createEditor(browser);
    const id = query<{ id: number }>("select id from users where username = ?", editor.username).id;
    const editorPage = await newSignedInPage(browser, editor.username, editor.password);
    const editorToken = await sessionCookie(editorPage);

    const admin = await newSignedInPage(browser);
    await admin.goto("/admin/users");
    const userRow = admin.getByTestId(`user-${editor.username}`);
    await expect(userRow.getByRole("cell").nth(2)).toHaveText("Active");
    await expect(userRow.getByRole("cell").nth(3)).toHaveText("1");
    await userRow.getByRole("button", { name: `Disable ${editor.username}` }).click();
    await expect(userRow).toContainText(`Disabled ${editor.username}; their sessions have ended.`);
    await expect(userRow.getByRole("cell").nth(2)).toHaveText("Disabled");
    await expect(userRow.getByRole("cell").nth(3)).toHaveText("0");

    expect(query<{ disabledAt: string | null }>("select disabled_at as disabledAt from users where id = ?", id).disabledAt).not.toBeNull();
    expect(sessionRevoked(editorToken)).toBe(true);
    expect(await stillSignedIn(editorPage)).toBe(false);
    await signInRefused(browser, editor.username, editor.password);

    await userRow.getByRole("button", { name: `Enable ${editor.username}` }).click();
    await expect(userRow).toContainText(`Enabled ${editor.username}.`);
    await expect(userRow.getByRole("cell").nth(2)).toHaveText("Active");
    expect(query<{ disabledAt: string | null }>("select disabled_at as disabledAt from users where id = ?", id).disabledAt).toBeNull();
    await signIn(editorPage, editor.username, editor.password);

    const actions = query<{ list: string }>("select group_concat(action, ',') as list from (select action from audit_log where entity_type = 'user' and entity_id = ? order by id)", id).list;
    expect(actions).toBe("create,disable,enable");
    await editorPage.context().close();
    await admin.context().close();
  });
});
