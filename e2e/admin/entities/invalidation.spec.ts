import { test, type APIRequestContext } from "@playwright/test";
import { expect, formFields, newSignedInPage, query, rawClient, sessionCookie, unique } from "../helpers";

/**
 * Read-your-writes must not depend on the route an action is posted to. A server action can be called at any
 * path with its id in the Next-Action header; Next then forwards it to a page that holds it, and on that path its
 * cache invalidation was lost: an issue created by a POST to /admin was written, but the public views kept the old
 * data. Now a forwarded action is refused before anything is written, and an action at its own page invalidates.
 * Checked for issues, actors and events, fetch-style (as the browser calls actions) and as a plain form post.
 */

/** Calls a `useActionState` action the way React does: the form's fields under `_1_`, then the arguments. */
async function callAction(client: APIRequestContext, path: string, actionId: string, values: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.append(`_1_${k}`, v);
  fd.append("0", JSON.stringify([{ status: "idle" }, "$K1"])); // last: the arguments refer to the fields above
  return client.post(path, { multipart: fd, headers: { "Next-Action": actionId, Accept: "text/x-component" }, maxRedirects: 0 });
}

test.describe("[admin] invalidation does not depend on the route", () => {
  test.describe.configure({ timeout: 120_000 });

  test("issues, actors and events: an action posted to another page writes nothing; at its own page it shows at once", async ({ browser, baseURL }) => {
    const admin = await newSignedInPage(browser);
    const client = await rawClient(baseURL!, await sessionCookie(admin));
    const pub = await rawClient(baseURL!);
    const actionOf = async (path: string, button: string) => {
      await admin.goto(path);
      const fields = await formFields(admin.locator("form").filter({ has: admin.getByRole("button", { name: button }) }).first());
      const ref = fields.find(([k]) => /^\$ACTION_\d+:0$/.test(k));
      expect(ref, `the ${button} form carries its action`).toBeTruthy();
      return { id: (JSON.parse(ref![1]) as { id: string }).id, fields };
    };
    const count = (sql: string, v: string) => query<{ n: number }>(sql, v).n;
    // Warm the caches first, so that a stale cached answer would show.
    for (const path of ["/", "/issues", "/actors", "/timeline", "/api/v1/matrix"]) expect((await pub.get(path)).status(), path).toBe(200);

    const cases = [
      {
        what: "issue",
        page: "/admin/issues/new",
        button: "Add issue",
        values: (m: string) => ({ version: "1", slug: m, title: `Issue ${m}`, cluster: "denuclearization", definition: "d", displayOrder: "950", "scale[0]": "a", "scale[1]": "b", "scale[2]": "c", "scale[3]": "d", "scale[4]": "e" }),
        stored: (m: string) => count("select count(*) as n from issues where slug = ?", m),
        shown: async (m: string) => (await (await pub.get("/issues")).text()).includes(`Issue ${m}`) && (await (await pub.get("/api/v1/matrix")).text()).includes(m),
        marker: () => unique("rw-issue").toLowerCase(),
      },
      {
        what: "actor",
        page: "/admin/actors/new",
        button: "Add actor",
        values: (m: string) => ({ version: "1", code: m, name: `Actor ${m}`, shortName: `A ${m}`, displayOrder: "950", color: "#000000", description: "" }),
        stored: (m: string) => count("select count(*) as n from actors where code = ?", m),
        shown: async (m: string) => (await (await pub.get("/actors")).text()).includes(`Actor ${m}`) && (await (await pub.get("/api/v1/matrix")).text()).includes(m),
        marker: () => `R${Array.from({ length: 6 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join("")}`,
      },
      {
        what: "event",
        page: "/admin/events/new",
        button: "Add event",
        values: (m: string) => ({ version: "1", date: "2019-03-02", endDate: "", title: `Event ${m}`, description: "d", confidence: "high" }),
        stored: (m: string) => count("select count(*) as n from events where title = ?", `Event ${m}`),
        shown: async (m: string) => (await (await pub.get("/timeline")).text()).includes(`Event ${m}`),
        marker: () => unique("rw-event"),
      },
    ];

    for (const c of cases) {
      const { id } = await actionOf(c.page, c.button);
      // Posted to another page: refused, nothing written.
      const elsewhere = c.marker();
      // (Next answers the caller with whatever the refused forward returned; what matters is that nothing ran.)
      await callAction(client, "/admin", id, c.values(elsewhere));
      expect(c.stored(elsewhere), `${c.what} at /admin`).toBe(0);
      // At its own page: written, and the public views show it on the next request.
      const own = c.marker();
      const saved = await callAction(client, c.page, id, c.values(own));
      expect(saved.status(), `${c.what} at ${c.page}`).toBeLessThan(400);
      expect(c.stored(own), `${c.what} at ${c.page}`).toBe(1);
      expect(await c.shown(own), `${c.what} shows in the public views`).toBe(true);
    }
    await client.dispose();
    await pub.dispose();
    await admin.context().close();
  });
});
