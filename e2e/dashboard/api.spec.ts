import { expect, test } from "@playwright/test";
import http from "node:http";
import { gunzipSync } from "node:zlib";
import Papa from "papaparse";

/** One request with exactly these headers, and the body's bytes as sent (not decompressed). */
function rawGet(baseURL: string, path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request(new URL(path, baseURL), { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

type Matrix = {
  page?: { limit: number; cursor: string | null; nextCursor: string | null; total: number };
  actors: { code: string }[];
  issues: { slug: string; cluster: string }[];
  cells: { actor: string; issue: string; evidence?: unknown[]; evidenceCount?: number }[];
};

test.describe("[api]", () => {
  test("health answers when the database does", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  test("the matrix endpoint returns the documented shape", async ({ request }) => {
    const res = await request.get("/api/v1/matrix?asOf=2019-03-01");
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.asOf).toBe("2019-03-01");
    expect(body.actors.map((a: { code: string }) => a.code)).toEqual(expect.arrayContaining(["ROK", "JPN", "USA", "DPRK"]));
    expect(body.issues).toHaveLength(13);
    expect(body.issues[0].scale).toHaveLength(5);
    const cell = body.cells.find((c: { actor: string; issue: string }) => c.actor === "JPN" && c.issue === "sanctions-relief");
    expect(cell).toMatchObject({ position: -2, salience: 5, confidence: "high" });
    expect(cell.evidence[0]).toHaveProperty("publisher");
    expect(cell.evidence[0]).toHaveProperty("paraphrase");
  });

  test("the CSV matches the JSON row for row", async ({ request }) => {
    const [json, csv] = await Promise.all([
      request.get("/api/v1/matrix?asOf=2019-03-01").then((r) => r.json()),
      request.get("/api/v1/stances.csv?asOf=2019-03-01").then((r) => r.text()),
    ]);
    const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(json.cells.length);
    expect(parsed.meta.fields).toContain("position_label");
    const jpn = parsed.data.find((r) => r.actor === "JPN" && r.issue === "sanctions-relief");
    expect(jpn?.position).toBe("-2");
  });

  for (const bad of ["asOf=2019-13-45", "asOf=abc", "asOf=2019-02-30", "actors=XYZ", "cluster=nope", "foo=1", "asOf=2019-01-01&asOf=2019-01-02"]) {
    test(`rejects ${bad} with a 400 that says why`, async ({ request }) => {
      for (const path of ["/api/v1/matrix", "/api/v1/stances.csv"]) {
        const res = await request.get(`${path}?${bad}`);
        expect(res.status(), path).toBe(400);
        const body = await res.json();
        expect(typeof body.error).toBe("string");
        expect(body.error).not.toMatch(/at .*\.js|SQLITE/);
      }
    });
  }

  test("the matrix in gzip for clients that accept it: the same JSON, Vary, the same ETag and 304, HEAD", async ({ baseURL }) => {
    const path = "/api/v1/matrix?asOf=2019-03-01";
    const plain = await rawGet(baseURL!, path);
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["vary"]).toMatch(/accept-encoding/i);
    const etag = plain.headers["etag"]!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const json = JSON.parse(plain.body.toString("utf8"));
    expect(json.asOf).toBe("2019-03-01");

    const gz = await rawGet(baseURL!, path, { "Accept-Encoding": "gzip, deflate, br" });
    expect(gz.status).toBe(200);
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gz.headers["vary"]).toMatch(/accept-encoding/i);
    expect(gz.body.length).toBeLessThan(plain.body.length / 4);
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true); // compressed once: one gunzip gives the JSON
    // One ETag names the JSON text in either coding (Next compresses per request; Vary keeps the copies apart).
    expect(gz.headers["etag"]).toBe(etag);
    expect(gz.headers["access-control-allow-origin"]).toBe("*");

    const revalidated = await rawGet(baseURL!, path, { "Accept-Encoding": "gzip", "If-None-Match": etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect(revalidated.headers["etag"]).toBe(etag);
    expect(revalidated.headers["vary"]).toMatch(/accept-encoding/i);
    expect((await rawGet(baseURL!, path, { "If-None-Match": etag })).status).toBe(304);
    expect((await rawGet(baseURL!, path, { "Accept-Encoding": "gzip", "If-None-Match": '"stale"' })).status).toBe(200);

    // Brotli alone is not offered: such a client gets the JSON as it is, never bytes it was not told about.
    const br = await rawGet(baseURL!, path, { "Accept-Encoding": "br" });
    expect(br.headers["content-encoding"]).toBeUndefined();
    expect(br.body.equals(plain.body)).toBe(true);

    const head = await rawGet(baseURL!, path, { "Accept-Encoding": "gzip" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers["etag"]).toBe(etag);
  });

  test("the matrix pages over issues: the pages walked by nextCursor add up to the whole matrix", async ({ request }) => {
    const full: Matrix = await (await request.get("/api/v1/matrix?asOf=2019-03-01")).json();
    expect(full.page).toBeUndefined(); // the default answer is unpaged, as before
    const seen: Matrix[] = [];
    let cursor: string | null = null;
    do {
      const res = await request.get(`/api/v1/matrix?asOf=2019-03-01&limit=5${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.status()).toBe(200);
      const page: Matrix = await res.json();
      expect(page.page).toMatchObject({ limit: 5, cursor, total: full.issues.length });
      expect(page.issues.length).toBeLessThanOrEqual(5);
      expect(page.actors).toEqual(full.actors);
      seen.push(page);
      cursor = page.page!.nextCursor;
    } while (cursor && seen.length < 10);
    expect(seen).toHaveLength(Math.ceil(full.issues.length / 5));
    expect(seen.flatMap((p) => p.issues)).toEqual(full.issues);
    const key = (c: Matrix["cells"][number]) => `${c.actor}|${c.issue}|${JSON.stringify(c)}`;
    expect(seen.flatMap((p) => p.cells).map(key).sort()).toEqual(full.cells.map(key).sort());
  });

  test("the matrix filters issues and leaves the evidence out on request", async ({ request }) => {
    const full: Matrix = await (await request.get("/api/v1/matrix?asOf=2019-03-01")).json();
    const two: Matrix = await (await request.get("/api/v1/matrix?asOf=2019-03-01&issues=sanctions-relief,abductions,abductions")).json();
    expect(two.issues.map((i) => i.slug).sort()).toEqual(["abductions", "sanctions-relief"]);
    expect(two.cells).toEqual(full.cells.filter((c) => c.issue === "abductions" || c.issue === "sanctions-relief"));
    // The same selection in another order is the same answer (one cache entry, one ETag).
    const swapped = await request.get("/api/v1/matrix?asOf=2019-03-01&issues=abductions,sanctions-relief");
    const first = await request.get("/api/v1/matrix?asOf=2019-03-01&issues=sanctions-relief,abductions");
    expect(swapped.headers()["etag"]).toBe(first.headers()["etag"]);

    const lean: Matrix = await (await request.get("/api/v1/matrix?asOf=2019-03-01&evidence=false")).json();
    expect(lean.cells.map((c) => [c.actor, c.issue])).toEqual(full.cells.map((c) => [c.actor, c.issue]));
    expect(lean.cells.every((c) => c.evidence === undefined)).toBe(true);
    expect(lean.cells.map((c) => c.evidenceCount)).toEqual(full.cells.map((c) => c.evidence!.length));
    const explicit: Matrix = await (await request.get("/api/v1/matrix?asOf=2019-03-01&evidence=true")).json();
    expect(explicit).toEqual(full);
  });

  const HOSTILE = [
    "limit=0",
    "limit=-1",
    "limit=1e3",
    "limit=2.5",
    "limit=1001",
    "limit=99999999999999999999",
    "limit=%20",
    "limit=2&limit=3",
    "cursor=sequencing",
    "limit=2&cursor=no-such-issue",
    "limit=2&cursor=__proto__",
    "limit=2&cursor=sequencing&cursor=abductions",
    "evidence=maybe",
    "evidence=FALSE",
    "issues=no-such-issue",
    "issues=constructor",
    "issues=,",
    "__proto__[limit]=1",
    "constructor.prototype.x=1",
    `issues=${"x".repeat(4000)}`,
  ];
  for (const bad of HOSTILE) {
    test(`the matrix refuses ${bad.slice(0, 60)} with a 400 that says why`, async ({ request }) => {
      const res = await request.get(`/api/v1/matrix?${bad}`);
      expect(res.status()).toBe(400);
      expect(res.headers()["cache-control"]).toBe("no-store");
      const body = await res.json();
      expect(Object.keys(body)).toEqual(["error"]);
      expect(body.error).toMatch(/limit|cursor|evidence|issues|parameter/);
      expect(body.error.length).toBeLessThan(6000);
      expect(body.error).not.toMatch(/at .*\.js|SQLITE|TypeError/);
      // Nothing was poisoned: a plain request still answers as documented.
      const ok = await request.get("/api/v1/matrix?asOf=2019-03-01&limit=1");
      expect(ok.status()).toBe(200);
      expect((await ok.json()).page.limit).toBe(1);
    });
  }
});
