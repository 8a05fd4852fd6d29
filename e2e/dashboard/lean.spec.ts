import { expect, test } from "@playwright/test";
import { PUBLIC_CACHE_CONTROL } from "../../lib/http";

/** The document of "/" (HTML with React's inline payload, uncompressed) stays small: issue 15's budget. */
const ROOT_BUDGET = 60 * 1024;

test.describe("[lean] page weight", () => {
  test("/ for the seed dataset is at most 60 KB of document, matrix included", async ({ request }) => {
    const res = await request.get("/", { headers: { "Accept-Encoding": "identity" } });
    expect(res.status()).toBe(200);
    const body = await res.body();
    expect(res.headers()["content-encoding"] ?? "identity").toBe("identity");
    expect(body.length, `"/" is ${(body.length / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(ROOT_BUDGET);
    const html = body.toString("utf8");
    // Still the whole matrix, server-rendered: every issue row and the cells, with their links to the evidence.
    const issues = (await request.get("/api/v1/matrix").then((r) => r.json())).issues.length as number;
    expect(issues).toBeGreaterThanOrEqual(13);
    expect(html.match(/<th scope="row">/g)?.length).toBe(issues);
    expect(html).toContain('data-testid="cell-USA-joint-exercises"');
    // Each cell links to its stance on the issue page at the same date (?asOf=…&stance=N#stance-N).
    expect(html).toMatch(/href="\/issues\/[a-z-]+\?asOf=\d{4}-\d{2}-\d{2}&amp;stance=\d+#stance-\d+"/);
  });
});

test.describe("[lean] HTTP caching a CDN can trust", () => {
  const PAGES = ["/", "/?asOf=2019-03-01", "/compare", "/divergence", "/issues", "/issues/sanctions-relief", "/actors/ROK", "/timeline", "/changes", "/methodology"];

  test("public pages: a short shared-cache lifetime with stale-while-revalidate, never a year", async ({ request }) => {
    for (const path of PAGES) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expect(res.headers()["cache-control"], path).toBe(PUBLIC_CACHE_CONTROL);
      expect(res.headers()["access-control-allow-origin"], path).toBeUndefined();
    }
  });

  test("admin pages stay private and uncached, without CORS", async ({ request }) => {
    for (const path of ["/admin/sign-in", "/admin"]) {
      const res = await request.get(path, { maxRedirects: 0 });
      const cc = res.headers()["cache-control"] ?? "";
      expect(cc, path).toMatch(/no-store/);
      expect(cc, path).not.toMatch(/public|s-maxage/);
      expect(res.headers()["access-control-allow-origin"], path).toBeUndefined();
    }
  });

  test("the read API: Cache-Control, a strong ETag, 304 on If-None-Match, and CORS for any origin", async ({ request }) => {
    // A stance id as the matrix links it (#stance-N): the tooltip's read.
    const stance = /#stance-(\d+)"/.exec(await request.get("/?asOf=2019-03-01").then((r) => r.text()))![1];
    const answers = [
      "/api/v1/matrix",
      "/api/v1/matrix?asOf=2019-03-01&cluster=denuclearization",
      "/api/v1/stances.csv?asOf=2019-03-01",
      "/api/v1/divergence?a=ROK&b=JPN&asOf=2019-03-01",
      "/api/v1/divergence/timeline?pairs=ROK-JPN",
      "/api/v1/positions?asOf=2019-03-01",
      `/api/v1/stances/${stance}`,
    ];
    for (const path of answers) {
      const res = await request.get(path, { headers: { Origin: "https://notebook.example" } });
      expect(res.status(), path).toBe(200);
      const h = res.headers();
      expect(h["cache-control"], path).toBe(PUBLIC_CACHE_CONTROL);
      expect(h["access-control-allow-origin"], path).toBe("*");
      expect(h["access-control-expose-headers"], path).toMatch(/ETag/);
      expect(h["etag"], path).toMatch(/^"[A-Za-z0-9_-]+"$/); // strong: no W/
      const body = await res.body();

      const again = await request.get(path, { headers: { "If-None-Match": h["etag"], Origin: "https://notebook.example" } });
      expect(again.status(), `${path} revalidated`).toBe(304);
      expect(again.headers()["etag"], path).toBe(h["etag"]);
      expect(again.headers()["cache-control"], path).toBe(PUBLIC_CACHE_CONTROL);
      expect(again.headers()["access-control-allow-origin"], path).toBe("*");
      expect((await again.body()).length, path).toBe(0);

      // A validator that is not current gets the full answer again.
      const other = await request.get(path, { headers: { "If-None-Match": '"not-the-current-etag"' } });
      expect(other.status(), path).toBe(200);
      expect((await other.body()).equals(body), path).toBe(true);
    }
  });

  test("read API errors are not cached but still readable cross-origin", async ({ request }) => {
    for (const path of ["/api/v1/matrix?asOf=2019-02-30", "/api/v1/stances/999999999", "/api/v1/positions?nope=1"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBeGreaterThanOrEqual(400);
      expect(res.headers()["cache-control"], path).toBe("no-store");
      expect(res.headers()["access-control-allow-origin"], path).toBe("*");
      expect(res.headers()["etag"], path).toBeUndefined();
    }
  });
});
