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
});
