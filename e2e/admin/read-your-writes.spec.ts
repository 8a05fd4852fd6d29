import { test } from "@playwright/test";
import { expect, query, signIn, stanceId, unique } from "./helpers";

/**
 * Pages and the read API are served from Next's cache; an admin write expires it by tag. The views below are
 * requested (so cached) before the edit, and each must show the edit on the very next request after it.
 */
test.describe("[admin] read-your-writes through the cache", () => {
  test.describe.configure({ timeout: 120_000 });

  // The matrix ("/") carries no summaries (its tooltip reads /api/v1/stances/{id}); its page cache is checked below.
  const VIEWS = (id: number) => [
    `/api/v1/stances/${id}`,
    "/issues/sanctions-relief",
    "/api/v1/matrix?actors=RUS",
    "/api/v1/stances.csv?actors=RUS",
  ];

  test("views cached before an edit show it on the next request; '/' is a page-cache hit again after", async ({ page }) => {
    // Russia on sanctions relief, in force today (seeded from 2024-03-28): no other test reads its summary.
    const id = stanceId("RUS", "sanctions-relief", "2024-03-28");
    const summary = unique("E2E Russia read-your-writes");

    for (const view of VIEWS(id)) {
      const first = await page.request.get(view);
      expect(first.status(), view).toBe(200);
      expect(await first.text(), view).not.toContain(summary);
    }
    expect((await page.request.get("/")).status()).toBe(200);
    const cachedRoot = await page.request.get("/");
    expect(cachedRoot.headers()["x-nextjs-cache"], "the matrix is served from the page cache").toBe("HIT");

    await signIn(page);
    await page.goto(`/admin/stances/${id}`);
    await page.getByLabel("Correct this stance").check();
    await page.getByLabel("Summary").fill(summary);
    await page.getByRole("button", { name: "Save correction" }).click();
    await expect(page.getByTestId("saved-message")).toContainText("Saved the correction");
    expect(query<{ summary: string }>("select summary from stances where id = ?", id).summary).toBe(summary);

    for (const view of VIEWS(id)) {
      const next = await page.request.get(view);
      expect(next.status(), view).toBe(200);
      expect(await next.text(), `${view} shows the edit on the next request`).toContain(summary);
    }
    await page.goto("/");
    const cell = page.getByTestId("cell-RUS-sanctions-relief");
    await expect(async () => {
      await cell.blur();
      await cell.focus();
      await expect(page.locator("#mx-tip"), "the matrix tooltip shows the edit").toContainText(summary, { timeout: 2_000 });
    }).toPass();
    const again = await page.request.get("/");
    expect(again.headers()["x-nextjs-cache"], "cached again after the edit").toBe("HIT");
  });
});
