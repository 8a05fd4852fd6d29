import { test } from "@playwright/test";
import { expect, newSignedInPage, query, rawClient, sessionCookie, stanceId, toFormData, formFields, unique } from "../admin/helpers";

/**
 * Cross-site request forgery and the middleware-bypass header. A form on http://evil.example posting to a server
 * action with the admin's valid cookie must change nothing; a request carrying `x-middleware-subrequest` (the
 * CVE-2025-29927 bypass) must still need a session, because the guards live in the pages and actions themselves.
 */

const BYPASS = [
  "middleware",
  "middleware:middleware:middleware:middleware:middleware",
  "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
  "proxy:proxy:proxy:proxy:proxy",
  "src/proxy:src/proxy:src/proxy:src/proxy:src/proxy",
];

test.describe("[security] cross-origin actions and the middleware subrequest header", () => {
  test.describe.configure({ timeout: 180_000 });

  test("a cross-origin POST to a server action with a valid admin cookie changes nothing", async ({ browser, baseURL }) => {
    const admin = await newSignedInPage(browser);
    const cookie = await sessionCookie(admin);
    const target = stanceId("CHN", "security-order", "2017-01-01");
    const marker = unique("CSRF");
    const username = marker.toLowerCase();

    await admin.goto("/admin/users");
    const addForm = admin.locator("form").filter({ has: admin.getByRole("button", { name: "Add user" }) }).first();
    const addFields = await formFields(addForm);
    await admin.goto(`/admin/stances/${target}?copyEvidence=1`); // evidence copied: the replayed correction is valid
    const stanceForm = admin.locator("form").filter({ has: admin.getByRole("button", { name: "Record new stance" }) }).first();
    const stanceFields = await formFields(stanceForm);
    const stanceBefore = JSON.stringify(query("select summary from stances where id = ?", target));

    const client = await rawClient(baseURL!, cookie);
    for (const origin of ["http://evil.example", "null", "https://127.0.0.1.evil.example"]) {
      const add = await client.post("/admin/users", {
        multipart: toFormData(addFields, { username: `${username}-x`, role: "admin" }),
        headers: { origin, referer: "http://evil.example/attack.html" },
        maxRedirects: 0,
      });
      expect(add.status(), `add user from ${origin}`).not.toBe(200);
      const stance = await client.post(`/admin/stances/${target}`, {
        multipart: toFormData(stanceFields, { mode: "correct", summary: marker }),
        headers: { origin },
        maxRedirects: 0,
      });
      expect(stance.status(), `stance correction from ${origin}`).not.toBe(200);
      expect(query<{ n: number }>("select count(*) as n from users where username = ?", `${username}-x`).n, origin).toBe(0);
      expect(JSON.stringify(query("select summary from stances where id = ?", target)), origin).toBe(stanceBefore);
      expect(query<{ n: number }>("select count(*) as n from audit_log where after like ?", `%${marker}%`).n, origin).toBe(0);
    }

    // Control: the same request from the app's own origin does reach the action (so the checks above can fail).
    const ok = await client.post("/admin/users", {
      multipart: toFormData(addFields, { username, role: "editor" }),
      headers: { origin: new URL(baseURL!).origin },
      maxRedirects: 0,
    });
    expect(ok.status()).toBeLessThan(400);
    expect(query<{ n: number }>("select count(*) as n from users where username = ?", username).n).toBe(1);
    await client.dispose();
    await admin.context().close();
  });

  test("x-middleware-subrequest does not skip the session check on admin pages or actions", async ({ browser, baseURL }) => {
    const admin = await newSignedInPage(browser);
    const target = stanceId("CHN", "security-order", "2017-01-01");
    await admin.goto(`/admin/stances/${target}?copyEvidence=1`); // evidence copied: the replayed correction is valid
    const stanceFields = await formFields(admin.locator("form").filter({ has: admin.getByRole("button", { name: "Record new stance" }) }).first());
    await admin.context().close();
    const marker = unique("BYPASS");
    const before = JSON.stringify(query("select summary from stances where id = ?", target));

    const client = await rawClient(baseURL!);
    for (const value of BYPASS) {
      for (const path of ["/admin", "/admin/users", "/admin/audit", `/admin/stances/${target}`]) {
        const res = await client.get(path, { headers: { "x-middleware-subrequest": value }, maxRedirects: 0 });
        expect(res.status(), `${path} with x-middleware-subrequest: ${value}`).toBe(307);
        expect(res.headers()["location"]).toContain("/admin/sign-in");
      }
      const post = await client.post(`/admin/stances/${target}`, {
        multipart: toFormData(stanceFields, { mode: "correct", summary: marker }),
        headers: { "x-middleware-subrequest": value, origin: new URL(baseURL!).origin },
        maxRedirects: 0,
      });
      expect(post.status()).toBeLessThan(500);
      expect(JSON.stringify(query("select summary from stances where id = ?", target)), value).toBe(before);
      expect(query<{ n: number }>("select count(*) as n from audit_log where after like ?", `%${marker}%`).n, value).toBe(0);
    }
    await client.dispose();
  });
});
