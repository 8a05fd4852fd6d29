import { test, type Page } from "@playwright/test";
import { ADMIN, expect, createEditor, formFields, newSignedInPage, query, rawClient, sessionCookie, stanceId, toFormData, unique } from "../admin/helpers";

/**
 * Logged-out and editor-role access. Pages must redirect or refuse; every server action, replayed from outside
 * the browser (no Origin header) with no cookie, a forged cookie, a revoked cookie, or an editor's cookie for
 * admin-only actions, must change nothing in the database. Session expiry is covered by the unit tests of
 * db/auth (the e2e database is only read here).
 */

const ADMIN_PAGES = [
  "/admin",
  "/admin/actors",
  "/admin/actors/new",
  "/admin/actors/CHN",
  "/admin/issues",
  "/admin/issues/new",
  "/admin/issues/security-order",
  "/admin/events",
  "/admin/events/new",
  "/admin/audit",
  "/admin/users",
  "/admin/account",
];

type Captured = { name: string; url: string; fields: [string, string][]; overrides: Record<string, string>; adminOnly: boolean };

test.describe("[security] admin access", () => {
  // Sign-in hashes with scrypt (memory-hard, slow on purpose): give these flows room on a busy machine.
  test.describe.configure({ timeout: 120_000 });

  test("logged out: every admin page redirects to sign-in", async ({ baseURL }) => {
    const client = await rawClient(baseURL!);
    const target = stanceId("CHN", "security-order", "2017-01-01");
    for (const path of [...ADMIN_PAGES, `/admin/stances/${target}`]) {
      const res = await client.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(307);
      expect(res.headers()["location"], path).toContain("/admin/sign-in");
    }
    await client.dispose();
  });

  test("an editor can edit but not manage users or revert: those are 403", async ({ browser, baseURL }) => {
    const editor = await createEditor(browser);
    const page = await newSignedInPage(browser, editor.username, editor.password);
    const client = await rawClient(baseURL!, await sessionCookie(page));
    for (const path of ADMIN_PAGES) {
      const res = await client.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(path === "/admin/users" ? 403 : 200);
    }
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { name: "Forbidden" })).toBeVisible();
    await page.goto("/admin/audit");
    await expect(page.getByRole("button", { name: /^Revert/ })).toHaveCount(0);
    await client.dispose();
    await page.context().close();
  });

  test("every server action called directly without a valid session (or role) changes nothing", async ({ browser, baseURL }) => {
    test.setTimeout(300_000);
    const editor = await createEditor(browser);
    const editorRow = query<{ id: number; hash: string }>("select id, password_hash as hash from users where username = ?", editor.username);
    const admin = await newSignedInPage(browser);
    const target = stanceId("CHN", "security-order", "2017-01-01");
    const marker = unique("PWNED");
    const lower = marker.toLowerCase();
    const code = `Z${Array.from({ length: 5 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join("")}`;
    const captured: Captured[] = [];
    const capture = async (page: Page, name: string, url: string, button: string | RegExp, overrides: Record<string, string>, adminOnly = false) => {
      await page.goto(url);
      const form = page.locator("form").filter({ has: page.getByRole("button", { name: button }) }).first();
      captured.push({ name, url, fields: await formFields(form), overrides, adminOnly });
    };

    // A harmless admin correction (same values) gives the audit log an entry with a Revert button.
    await admin.goto(`/admin/stances/${target}`);
    await admin.getByLabel("Correct this stance").check();
    await admin.getByRole("button", { name: "Save correction" }).click();
    await expect(admin.getByTestId("saved-message")).toBeVisible();
    const auditId = query<{ id: number }>("select max(id) as id from audit_log where entity_type = 'stance' and entity_id = ?", target).id;

    // With the evidence copied (a new stance starts without it), so the replayed correction is valid but for the session.
    await capture(admin, "stance", `/admin/stances/${target}?copyEvidence=1`, "Record new stance", { mode: "correct", summary: marker });
    await capture(admin, "actor edit", "/admin/actors/CHN", "Save actor", { name: marker });
    await capture(admin, "actor new", "/admin/actors/new", "Add actor", { code, name: marker, shortName: "x", displayOrder: "500", color: "#000000" });
    await capture(admin, "issue edit", "/admin/issues/security-order", "Save issue", { title: marker });
    await capture(admin, "issue new", "/admin/issues/new", "Add issue", { slug: lower, title: marker, definition: "d", displayOrder: "500", "scale[0]": "a", "scale[1]": "b", "scale[2]": "c", "scale[3]": "d", "scale[4]": "e" });
    await capture(admin, "event edit", "/admin/events/1", "Save event", { title: marker });
    await capture(admin, "event new", "/admin/events/new", "Add event", { date: "2031-01-01", title: marker, description: marker });
    await capture(admin, "password change", "/admin/account", "Change password", { current: ADMIN.password, next: `${marker}-password`, confirm: `${marker}-password` });
    await capture(admin, "user add", "/admin/users", "Add user", { username: lower, role: "admin" }, true);
    await capture(admin, "user disable", "/admin/users", `Disable ${editor.username}`, {}, true);
    await capture(admin, "user reset", "/admin/users", `Reset password of ${editor.username}`, {}, true);
    await capture(admin, "revert", "/admin/audit", `Revert #${auditId}`, {}, true);

    const fingerprint = () =>
      JSON.stringify({
        stance: query("select version, summary from stances where id = ?", target),
        markers: query(
          `select (select count(*) from stances where summary = ?) + (select count(*) from actors where name = ? or code = ?)
                + (select count(*) from issues where title = ? or slug = ?) + (select count(*) from events where title = ?)
                + (select count(*) from users where username = ?) as n`,
          marker, marker, code, marker, lower, marker, lower,
        ),
        editor: query("select password_hash, disabled_at, version from users where id = ?", editorRow.id),
        admin: query("select password_hash, version from users where username = ?", ADMIN.username),
        reverted: query("select count(*) as n from audit_log where reverts_id = ?", auditId),
        audit: query("select count(*) as n from audit_log where summary like ? or after like ?", `%${marker}%`, `%${marker}%`),
      });
    const before = fingerprint();

    // A revoked cookie: a real session, signed out.
    const gone = await newSignedInPage(browser);
    const revoked = await sessionCookie(gone);
    await gone.getByRole("button", { name: "Sign out" }).click();
    await expect(gone).toHaveURL(/sign-in/);
    const editorPage = await newSignedInPage(browser, editor.username, editor.password);
    const editorCookie = await sessionCookie(editorPage);

    const variants: { label: string; cookie?: string; only?: "adminOnly" }[] = [
      { label: "no cookie" },
      { label: "forged cookie", cookie: "A".repeat(43) },
      { label: "garbage cookie", cookie: "x'; drop table users; --" },
      { label: "revoked cookie", cookie: revoked },
      { label: "editor cookie", cookie: editorCookie, only: "adminOnly" },
    ];
    for (const v of variants) {
      const client = await rawClient(baseURL!, v.cookie);
      for (const c of captured.filter((x) => !v.only || x.adminOnly)) {
        const res = await client.post(c.url, { multipart: toFormData(c.fields, c.overrides), maxRedirects: 0 });
        expect(res.status(), `${c.name} with ${v.label}`).toBeLessThan(500);
        expect(fingerprint(), `${c.name} with ${v.label} changed the database`).toBe(before);
      }
      await client.dispose();
    }

    // Control: the same replayed request with the admin's cookie does reach the action (so the checks above
    // could fail). Adding a user is harmless to the dashboard.
    const adminClient = await rawClient(baseURL!, await sessionCookie(admin));
    const add = captured.find((c) => c.name === "user add")!;
    await adminClient.post(add.url, { multipart: toFormData(add.fields, add.overrides), maxRedirects: 0 });
    expect(query<{ n: number }>("select count(*) as n from users where username = ?", lower).n).toBe(1);
    await adminClient.dispose();
    await editorPage.context().close();
    await admin.context().close();
  });
});
