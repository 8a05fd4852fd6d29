import { expect, test } from "@playwright/test";
import Papa from "papaparse";

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
});
