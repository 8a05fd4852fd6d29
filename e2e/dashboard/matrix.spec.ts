import { expect, test } from "@playwright/test";

test.describe("[matrix]", () => {
  test("shows the seeded actors and all 13 issues in an accessible table", async ({ page }) => {
    await page.goto("/?asOf=2019-03-01");
    const table = page.getByRole("table", { name: /Stance matrix/ });
    await expect(table).toBeVisible();
    for (const actor of ["South Korea", "Japan", "United States", "North Korea"])
      await expect(table.getByRole("columnheader", { name: actor })).toBeVisible();
    // Issue rows (the cluster bands are row-group headers).
    await expect(table.locator('th[scope="row"]')).toHaveCount(13);
    await expect(table.locator('th[scope="rowgroup"]')).toHaveCount(4);
    await expect(table.getByRole("rowheader", { name: "Sanctions relief" })).toBeVisible();
  });

  test("changing the as-of date changes the cells: the US on joint exercises around Singapore", async ({ page }) => {
    await page.goto("/?asOf=2018-06-11");
    const cell = page.getByTestId("cell-USA-joint-exercises");
    await expect(cell).toHaveAttribute("data-position", "-1");

    await page.getByLabel("As of").fill("2018-06-12");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/asOf=2018-06-12/);
    await expect(page.getByTestId("cell-USA-joint-exercises")).toHaveAttribute("data-position", "1");
    await expect(page.getByRole("table", { name: /Stance matrix/ })).toContainText("12 Jun 2018");
  });

  test("a turning point link sets the date in the URL", async ({ page }) => {
    await page.goto("/?asOf=2018-01-01");
    await page.getByRole("link", { name: /Hanoi/ }).first().click();
    await expect(page).toHaveURL(/asOf=2019-02-2\d/);
  });

  test("hover and focus reveal the summary and evidence count, loaded on demand", async ({ page }) => {
    await page.goto("/?asOf=2019-03-01");
    const cell = page.getByTestId("cell-JPN-missile-scope");
    // The page itself carries no summaries: the tooltip reads the stance from the API when a cell is focused.
    const tipRequest = page.waitForRequest(/\/api\/v1\/stances\/\d+$/);
    await expect(async () => {
      await cell.blur();
      await cell.focus();
      await expect(cell).toHaveAttribute("aria-describedby", "mx-tip", { timeout: 1_000 });
    }).toPass();
    await tipRequest;
    const tip = page.locator("#mx-tip");
    await expect(tip).toBeVisible();
    await expect(tip).toHaveAttribute("role", "tooltip");
    await expect(tip).toContainText(/^Japan: .+Since .+ · salience \d\/5 · \w+ confidence · \d+ evidence items?$/);
    await page.keyboard.press("Escape");
    await expect(tip).toBeHidden();
    await expect(cell).not.toHaveAttribute("aria-describedby");
    await cell.hover();
    await expect(tip).toBeVisible();
  });

  test("the DPRK's summit stances name their counterpart", async ({ page }) => {
    await page.goto("/?asOf=2019-06-01");
    await expect(page.getByTestId("cell-DPRK-summit-diplomacy-USA")).toContainText("toward United States");
    await expect(page.getByTestId("cell-DPRK-summit-diplomacy-JPN")).toHaveAttribute("data-position", "-2");
  });

  test("clicking a cell opens the issue with each actor's stance and evidence", async ({ page }) => {
    await page.goto("/?asOf=2019-03-01");
    await page.getByTestId("cell-JPN-sanctions-relief").click();
    await expect(page).toHaveURL(/\/issues\/sanctions-relief/);
    await expect(page.getByRole("heading", { level: 1, name: "Sanctions relief" })).toBeVisible();
    await expect(page.getByText("IFANS Focus", { exact: false }).first()).toBeVisible();
  });

  test("filters by cluster and keeps it in the URL", async ({ page }) => {
    await page.goto("/?asOf=2019-03-01");
    await page.getByRole("link", { name: "Denuclearization", exact: true }).click();
    await expect(page).toHaveURL(/cluster=denuclearization/);
    await expect(page.getByRole("table", { name: /Stance matrix/ }).locator('th[scope="row"]')).toHaveCount(3);
  });

  test("an invalid date in the URL gets a clear message, not a crash", async ({ page }) => {
    await page.goto("/?asOf=2019-13-45");
    await expect(page.getByRole("alert").filter({ hasText: "This link has a problem" })).toContainText("YYYY-MM-DD");
  });

  test("is usable at phone width", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/?asOf=2019-03-01");
    await expect(page.getByRole("table", { name: /Stance matrix/ })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  });

  test("unknown issue slugs get the not-found page", async ({ page }) => {
    const res = await page.goto("/issues/no-such-issue");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });
});
