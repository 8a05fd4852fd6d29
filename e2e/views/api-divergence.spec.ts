import { expect, test } from "@playwright/test";

test.describe("[api divergence]", () => {
  test("a pair's divergence has per-issue gaps and the agenda", async ({ request }) => {
    const res = await request.get("/api/v1/divergence?a=ROK&b=JPN&asOf=2019-03-01");
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ asOf: "2019-03-01", a: "ROK", b: "JPN", compared: 12 });
    expect(body.value).toBeGreaterThan(0.5);
    expect(body.issues).toHaveLength(13);
    const sanctions = body.issues.find((i: { issue: string }) => i.issue === "sanctions-relief");
    expect(sanctions).toMatchObject({ a: { position: 1 }, b: { position: -2 }, distance: 0.75 });
    expect(body.agenda).toContain("sanctions-relief");
  });

  test("the timeline steps at change dates for each pair", async ({ request }) => {
    const res = await request.get("/api/v1/divergence/timeline?pairs=ROK-JPN,USA-JPN&from=2018-01-01&to=2020-01-01");
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.pairs.map((p: { a: string; b: string }) => `${p.a}-${p.b}`)).toEqual(["ROK-JPN", "USA-JPN"]);
    const usaJpn = body.pairs[1].points as { date: string; value: number | null; change: boolean }[];
    expect(usaJpn[0].date).toBe("2018-01-01");
    expect(usaJpn.at(-1)!.date).toBe("2020-01-01");
    expect(usaJpn.some((p) => p.date === "2018-06-12" && p.change)).toBe(true);
    const dates = usaJpn.map((p) => p.date);
    expect(dates).toEqual([...dates].sort());
  });

  for (const [path, bad] of [
    ["/api/v1/divergence", "a=ROK"],
    ["/api/v1/divergence", "a=ROK&b=ROK"],
    ["/api/v1/divergence", "a=ROK&b=XYZ"],
    ["/api/v1/divergence", "a=ROK&b=JPN&asOf=2019-13-45"],
    ["/api/v1/divergence", "a=ROK&b=JPN&foo=1"],
    ["/api/v1/divergence/timeline", ""],
    ["/api/v1/divergence/timeline", "pairs=ROK"],
    ["/api/v1/divergence/timeline", "pairs=ROK-XYZ"],
    ["/api/v1/divergence/timeline", "pairs=ROK-JPN&from=2020-01-01&to=2019-01-01"],
    ["/api/v1/divergence/timeline", "pairs=ROK-JPN&pairs=USA-JPN"],
  ])
    test(`rejects ${path}?${bad} with a 400 that says why`, async ({ request }) => {
      const res = await request.get(`${path}?${bad}`);
      expect(res.status()).toBe(400);
      const body = await res.json();
      expect(typeof body.error).toBe("string");
      expect(body.error).not.toMatch(/at .*\.js|SQLITE/);
    });
});
