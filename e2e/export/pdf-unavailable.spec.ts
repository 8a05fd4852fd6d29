/**
 * The PDF route's 501, on the isolated server (playwright.config.ts), which runs with CHROMIUM_PATH naming no
 * file: the state of a server without Chromium. The route answers 501 with a way out, and the briefing page
 * offers printing instead of a "Download PDF" link.
 */
import { expect, test } from "@playwright/test";

const QUERY = new URLSearchParams({ asOf: "2019-03-01", actors: "ROK,JPN,USA,DPRK", views: "matrix,compare", pair: "ROK-JPN" }).toString();

test.describe("[briefing] server without Chromium", () => {
  test("the PDF route answers 501 with what to do instead; the page offers print, not Download PDF", async ({ page, request }) => {
    const res = await request.get(`/api/v1/briefing.pdf?${QUERY}`);
    expect(res.status()).toBe(501);
    expect(res.headers()["content-type"]).toContain("application/json");
    expect(res.headers()["cache-control"]).toBe("no-store");
    expect(await res.json()).toEqual({
      error: "Server-side PDF is not available (no Chromium installed on the server). Open /briefing and use the browser's print / save as PDF.",
    });

    // A bad selection is still a 400: the request is checked before the server looks for Chromium.
    expect((await request.get("/api/v1/briefing.pdf?asOf=2019-13-01")).status()).toBe(400);

    await page.goto(`/briefing?${QUERY}`);
    await expect(page.getByText("Server-side PDF is not available here (no Chromium installed on the server)")).toBeVisible();
    await expect(page.getByRole("link", { name: "Download PDF" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
  });
});
