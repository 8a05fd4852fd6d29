import { expect, test } from "@playwright/test";

const PAGES = ["/", "/issues", "/issues/sanctions-relief", "/?asOf=2019-13-45", "/issues/no-such-issue"];

test.describe("[security] response headers", () => {
  for (const path of PAGES) {
    test(`HTML response for ${path} carries CSP, nosniff and a referrer policy`, async ({ request }) => {
      const res = await request.get(path);
      const h = res.headers();
      expect(h["content-type"]).toContain("text/html");
      const csp = h["content-security-policy"] ?? "";
      expect(csp).toContain("object-src 'none'");
      expect(csp).toMatch(/base-uri '(self|none)'/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["referrer-policy"]).toBeTruthy();
      expect(h["x-powered-by"]).toBeUndefined();
    });
  }

  test("error responses carry no stack trace or SQL", async ({ request }) => {
    for (const path of ["/api/v1/matrix?asOf=' OR 1=1 --", "/api/v1/stances.csv?actors=ROK'%3B drop table stances%3B--", "/issues/%27%22%3E%3Cscript%3E"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBeLessThan(500);
      const body = await res.text();
      expect(body, path).not.toMatch(/SQLITE_|SqliteError|at Object\.|\.ts:\d+:\d+|node_modules/);
    }
  });

  test("malformed percent-encoding in a path is a 400 with the usual headers, not a bare 500", async ({ request }) => {
    for (const path of ["/issues/%", "/actors/%E0%A4%A", "/compare/%zz"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(400);
      expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(res.headers()["x-content-type-options"], path).toBe("nosniff");
    }
  });

  test("TRACE is 405 on pages and the API (TRACK never gets past Node's parser: 400)", async ({ request }) => {
    for (const path of ["/", "/api/v1/matrix", "/api/health"]) {
      const res = await request.fetch(path, { method: "TRACE" });
      expect(res.status(), `TRACE ${path}`).toBe(405);
      expect(res.headers()["allow"]).toContain("GET");
      expect(res.headers()["x-content-type-options"]).toBe("nosniff");
      expect((await request.fetch(path, { method: "TRACK" })).status(), `TRACK ${path}`).toBe(400);
    }
  });

  test("HEAD on the PDF route answers the GET's headers without a body; bad input is still a 400", async ({ request }) => {
    const ok = await request.head("/api/v1/briefing.pdf?asOf=2019-03-01");
    expect(ok.status()).toBe(200);
    expect(ok.headers()["content-type"]).toBe("application/pdf");
    expect(ok.headers()["content-disposition"]).toContain("stance-atlas_briefing_2019-03-01.pdf");
    expect((await ok.body()).length).toBe(0);
    expect((await request.head("/api/v1/briefing.pdf?asOf=2019-02-30")).status()).toBe(400);
  });

  test("the page cache of / answers only the key the proxy makes today", async ({ request }) => {
    const today = new Date().toISOString().slice(0, 10);
    for (const key of ["2020-01-01~2019-03-01~all~1", "2099-01-01~2019-03-01~all~1", `${today}~1900-01-01~all~1`, `${today}~2019-03-01~nope~1`, `${today}~2019-03-01~all~01`])
      expect((await request.get(`/matrix/${key}`)).status(), key).toBe(404);
    expect((await request.get(`/matrix/${today}~2019-03-01~all~1`)).status()).toBe(200);
    // The public way in is unchanged.
    expect((await request.get("/?asOf=2019-03-01")).status()).toBe(200);
  });

  test("dates outside the span a URL may name are refused, so one URL cannot ask for a millennium of work", async ({ request }) => {
    const briefing = await request.get("/briefing?from=1900-01-01&asOf=2999-12-31&views=trend&pair=ROK-JPN");
    expect(await briefing.text()).toMatch(/on or after 1990-01-01|on or before \d{4}-12-31/);
    expect((await request.get("/api/v1/briefing.pdf?from=1900-01-01&asOf=2019-03-01")).status()).toBe(400);
    expect((await request.get("/api/v1/matrix?asOf=2999-12-31")).status()).toBe(400);
    expect((await request.get("/api/v1/divergence/timeline?pairs=ROK-JPN&from=1900-01-01")).status()).toBe(400);
  });

  test("HSTS only over https (as a TLS proxy reports it)", async ({ request }) => {
    expect((await request.get("/api/health")).headers()["strict-transport-security"]).toBeUndefined();
    const https = await request.get("/api/health", { headers: { "X-Forwarded-Proto": "https" } });
    expect(https.headers()["strict-transport-security"]).toContain("max-age=31536000");
  });
});
