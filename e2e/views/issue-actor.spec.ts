import { expect, test } from "@playwright/test";

// These pages hydrate charts and client views; on a loaded 2-core machine a full test can exceed the default 30 s.
test.describe.configure({ timeout: 60_000 });

test.describe("[issue page]", () => {
  test("the US on joint exercises steps to +1 on 12 Jun 2018 in its step chart", async ({ page }) => {
    await page.goto("/issues/joint-exercises");
    await expect(page.getByRole("heading", { level: 1, name: "US-ROK joint exercises" })).toBeVisible();
    const chart = page.getByTestId("steps-USA");
    await expect(chart.locator("svg.recharts-surface")).toBeVisible();
    await chart.getByText("Data table").click();
    const rows = chart.getByRole("row");
    await expect(rows.filter({ hasText: "20 Mar 2018" })).toContainText("-1");
    await expect(rows.filter({ hasText: "12 Jun 2018" })).toContainText("+1");
    // The step is on 12 Jun, not on the day before.
    await expect(rows.filter({ hasText: "11 Jun 2018" })).toHaveCount(0);
  });

  test("a strip chart shows every actor's current position, with the evidence below", async ({ page }) => {
    await page.goto("/issues/sanctions-relief");
    const strip = page.locator('[data-chart="issue-strip"]');
    await expect(strip.getByRole("heading", { name: /Every actor on one axis/ })).toBeVisible();
    await expect(strip.locator("svg.recharts-surface")).toBeVisible();
    await expect(page.getByText("IFANS Focus", { exact: false }).first()).toBeVisible();
    await expect(page.getByRole("list", { name: "Event markers" }).first()).toContainText("Hanoi summit ends with no deal");
  });

  test("low-confidence codings are visibly marked", async ({ page }) => {
    await page.goto("/issues/yongbyon");
    await expect(page.getByText("Low confidence").first()).toBeVisible();
  });

  test("the DPRK's summit stances get one step chart per counterpart", async ({ page }) => {
    await page.goto("/issues/summit-diplomacy");
    await expect(page.getByTestId("steps-DPRK-USA")).toBeVisible();
    await expect(page.getByTestId("steps-DPRK-ROK")).toBeVisible();
  });
});

test.describe("[actors]", () => {
  test("the index lists every actor and links to its page", async ({ page }) => {
    await page.goto("/actors");
    await expect(page.getByRole("heading", { level: 1, name: "Actors" })).toBeVisible();
    await page.getByRole("link", { name: "Japan", exact: true }).click();
    await expect(page).toHaveURL(/\/actors\/JPN$/);
    await expect(page.getByRole("heading", { level: 1, name: "Japan" })).toBeVisible();
  });

  test("the actor page shows positions, salience, neighbours and changes", async ({ page }) => {
    await page.goto("/actors/JPN?asOf=2019-03-01");
    for (const name of ["actor-positions", "actor-salience", "actor-divergence-timeline"])
      await expect(page.locator(`[data-chart="${name}"] svg.recharts-surface`).first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Positions as of 1 Mar 2019" })).toBeVisible();
    const neighbours = page.getByTestId("neighbours").locator(":scope > li");
    await expect(neighbours).toHaveCount(5);
    // Nearest first: the list is sorted by divergence.
    const values = await neighbours.evaluateAll((els) => els.map((e) => e.querySelector("span")!.textContent!.trim()).filter((t) => t !== "–").map(Number));
    expect(values).toEqual([...values].sort((x, y) => x - y));
    await expect(page.getByRole("table", { name: /Every change of Japan's stances/ })).toContainText("Toward");
  });

  test("the positions chart's data table has the coded position", async ({ page }) => {
    await page.goto("/actors/JPN?asOf=2019-03-01");
    const chart = page.locator('[data-chart="actor-positions"]');
    await chart.getByText("Data table").click();
    await expect(chart.getByRole("row").filter({ hasText: "Sanctions relief" })).toContainText("-2");
  });

  test("unknown codes get the not-found page; a bad date gets a message", async ({ page }) => {
    const res = await page.goto("/actors/XYZ");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await page.goto("/actors/JPN?asOf=2019-02-30");
    await expect(page.getByRole("alert").filter({ hasText: "This link has a problem" })).toContainText("YYYY-MM-DD");
  });
});
