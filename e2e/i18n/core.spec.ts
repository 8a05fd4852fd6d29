import { expect, test } from "@playwright/test";

/** Issue 14, the frame every page shares: the language of a page is its path, the switch keeps the view. */
test.describe("[i18n] languages", () => {
  test("Korean lives under /ko with <html lang=ko>; English stays unprefixed; /en/... goes to the unprefixed path", async ({ page, request }) => {
    await page.goto("/ko");
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await expect(page.getByRole("navigation", { name: "주 메뉴" }).getByRole("link", { name: "비교" })).toHaveAttribute("href", /^\/ko\/compare/);
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const res = await request.get("/en/compare?a=ROK&b=JPN", { maxRedirects: 0 });
    expect([307, 308]).toContain(res.status());
    expect(res.headers()["location"]).toMatch(/\/compare\?a=ROK&b=JPN$/);
  });

  test("the switch keeps the view: path, as-of date, pair and scenario, both ways", async ({ page }) => {
    const query = "a=ROK&b=JPN&asOf=2019-03-01&scenario=JPN.sequencing%3A1";
    await page.goto(`/compare?${query}`);
    await page.getByRole("link", { name: "한국어" }).click();
    await expect(page).toHaveURL(new RegExp(`/ko/compare\\?${query.replace(/[.?]/g, "\\$&")}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(new RegExp(`/compare\\?${query.replace(/[.?]/g, "\\$&")}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("the matrix keeps its date across the switch and is served in both languages from the page cache", async ({ page, request }) => {
    await page.goto("/?asOf=2019-03-01");
    await page.getByRole("link", { name: "한국어" }).click();
    await expect(page).toHaveURL(/\/ko\?asOf=2019-03-01$/);
    for (const path of ["/?asOf=2019-03-01", "/ko?asOf=2019-03-01"]) {
      await request.get(path); // the first render fills the cache
      const res = await request.get(path);
      expect(res.status()).toBe(200);
      expect(res.headers()["x-nextjs-cache"], path).toBe("HIT");
    }
  });

  test.describe("a browser preferring Korean", () => {
    test.use({ locale: "ko-KR" });
    test("is offered Korean on its first visit, and its choice of English is kept", async ({ page }) => {
      await page.goto("/?asOf=2019-03-01");
      const offer = page.getByRole("complementary", { name: /Korean version/ });
      await expect(offer).toBeVisible();
      await offer.getByRole("button", { name: /Stay in English/ }).click();
      await expect(offer).toBeHidden();
      await page.reload();
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByRole("complementary", { name: /Korean version/ })).toHaveCount(0);
    });

    test("following the offer opens the same view in Korean", async ({ page }) => {
      await page.goto("/compare?a=ROK&b=JPN&asOf=2019-03-01");
      await page.getByRole("complementary", { name: /Korean version/ }).getByRole("link", { name: "한국어로 보기" }).click();
      await expect(page).toHaveURL(/\/ko\/compare\?a=ROK&b=JPN&asOf=2019-03-01$/);
    });
  });

  test("a browser preferring English gets no offer", async ({ page }) => {
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("complementary", { name: /Korean version/ })).toHaveCount(0);
  });

  test("the read API keeps English codes and adds Korean with lang=ko", async ({ request }) => {
    const plain = await (await request.get("/api/v1/matrix?asOf=2019-03-01")).json();
    const res = await request.get("/api/v1/matrix?asOf=2019-03-01&lang=ko");
    expect(res.status()).toBe(200);
    const ko = await res.json();
    expect(ko.actors.map((a: { code: string }) => a.code)).toEqual(plain.actors.map((a: { code: string }) => a.code));
    expect(ko.actors.find((a: { code: string }) => a.code === "ROK").nameKo).toMatch(/[\uac00-\ud7a3]/);
    expect(ko.issues[0].slug).toBe(plain.issues[0].slug);
    expect(ko.issues[0].titleKo).toMatch(/[\uac00-\ud7a3]/);
    expect(ko.cells[0].summary).toBe(plain.cells[0].summary);
    expect(ko.cells[0].summaryKo).toMatch(/[\uac00-\ud7a3]/);
    const csv = await (await request.get("/api/v1/stances.csv?asOf=2019-03-01&lang=ko")).text();
    expect(csv.split("\n")[0]).toMatch(/,actor_name_ko,issue_title_ko,position_label_ko,summary_ko,note_ko\r?$/);
    const long = await (await request.get("/api/v1/stances-long.csv?asOf=2019-03-01&lang=ko")).text();
    expect(long.split("\n")[0]).toContain("evidence_paraphrase_ko");
    const one = await (await request.get("/api/v1/stances/1?lang=ko")).json();
    expect(one.summaryKo).toMatch(/[\uac00-\ud7a3]/);
    expect(one.actorNameKo).toMatch(/[\uac00-\ud7a3]/);
    expect((await request.get("/api/v1/stances/1?lang=xx")).status()).toBe(400);
    expect((await request.get("/api/v1/matrix?lang=fr")).status()).toBe(400);
  });
});
