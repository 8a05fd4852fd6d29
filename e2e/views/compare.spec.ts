import { expect, test } from "@playwright/test";

// These pages hydrate charts and client views; on a loaded 2-core machine a full test can exceed the default 30 s.
test.describe.configure({ timeout: 60_000 });

test.describe("[compare]", () => {
  test("ROK and JPN as of 2019-03-01: sanctions relief and the end-of-war declaration are among the largest gaps", async ({ page }) => {
    await page.goto("/compare?a=ROK&b=JPN&asOf=2019-03-01");
    await expect(page.getByRole("heading", { level: 1, name: "South Korea and Japan" })).toBeVisible();
    const rows = page.getByTestId("gap-rows").locator(":scope > li");
    await expect(rows).toHaveCount(13);
    const distances = await rows.evaluateAll((els) => els.map((e) => [e.getAttribute("data-testid")!.replace("gap-row-", ""), Number(e.getAttribute("data-distance") || -1)] as const));
    const max = Math.max(...distances.map(([, d]) => d));
    const largest = distances.filter(([, d]) => d === max).map(([s]) => s);
    expect(largest).toEqual(expect.arrayContaining(["sanctions-relief", "end-of-war-declaration"]));
    // Default sort is by gap: the first rows carry the largest gap.
    expect(distances[0][1]).toBe(max);
    await expect(page.getByTestId("gap-row-sanctions-relief")).toContainText("Keep or strengthen all sanctions until CVID");
    await expect(page.getByTestId("agenda")).toContainText("Sanctions relief");
    await expect(page.getByTestId("overall-divergence")).toHaveText(/^0\.\d\d$/);
  });

  test("sort order is kept in the URL and changes the row order", async ({ page }) => {
    await page.goto("/compare?a=ROK&b=JPN&asOf=2019-03-01");
    await page.getByRole("link", { name: "Cluster", exact: true }).click();
    await expect(page).toHaveURL(/sort=cluster/);
    await expect(page.getByTestId("gap-rows").locator(":scope > li").first()).toHaveAttribute("data-testid", "gap-row-complete-denuclearization");
    await page.reload();
    await expect(page.getByRole("link", { name: "Cluster", exact: true })).toHaveAttribute("aria-current", "true");
  });

  test("the form puts the actors and date in the URL", async ({ page }) => {
    await page.goto("/compare");
    await page.getByLabel("Actor A").selectOption("USA");
    await page.getByLabel("Actor B").selectOption("JPN");
    await page.getByLabel("As of", { exact: true }).fill("2019-06-01");
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(/a=USA&b=JPN&asOf=2019-06-01/);
    await expect(page.getByRole("heading", { level: 1, name: "United States and Japan" })).toBeVisible();
  });

  test("the same actor at two dates shows how it moved", async ({ page }) => {
    await page.goto("/compare?a=JPN&b=JPN&asOf=2018-05-01&asOfB=2019-06-01");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Japan: 1 May 2018 against 1 Jun 2019");
    await expect(page.getByTestId("gap-rows").locator(":scope > li")).toHaveCount(13);
    await expect(page.getByTestId("scenario-editor")).toHaveCount(0);
  });

  test("the what-if moves a position: the divergence figure and the URL change, and the link round-trips", async ({ page }) => {
    await page.goto("/compare?a=ROK&b=JPN&asOf=2019-03-01");
    const overall = page.getByTestId("overall-divergence");
    const before = Number(await overall.getAttribute("data-value"));
    const editor = page.getByTestId("scenario-editor");
    await editor.getByLabel("Actor").selectOption("JPN");
    await editor.getByLabel("Issue").selectOption("sequencing");
    await editor.getByLabel("Hypothetical position").selectOption("1");
    await editor.getByRole("button", { name: "Apply move" }).click();
    await expect(page).toHaveURL(/scenario=JPN\.sequencing(%3A|:)1/);
    await expect(overall).not.toHaveAttribute("data-value", String(before.toFixed(4)));
    const after = Number(await overall.getAttribute("data-value"));
    expect(after).toBeLessThan(before);
    await expect(page.getByTestId("scenario-delta")).toContainText(before.toFixed(2));
    await expect(page.getByTestId("scenario-move-JPN-sequencing")).toBeVisible();

    // The shared link shows the same scenario.
    await page.goto(page.url());
    await expect(page.getByTestId("overall-divergence")).toHaveAttribute("data-value", after.toFixed(4));
    await page.getByRole("button", { name: /Remove move: Japan on Sequencing/ }).click();
    await expect(page).not.toHaveURL(/scenario=/);
    await expect(page.getByTestId("overall-divergence")).toHaveAttribute("data-value", before.toFixed(4));
  });

  test("invalid input gets a clear message, not a crash", async ({ page }) => {
    for (const [q, text] of [
      ["asOf=2019-13-45", "YYYY-MM-DD"],
      ["a=XYZ", "a must be one of"],
      ["scenario=JPN.sequencing:7", "from -2 to +2"],
      ["scenario=JPN.nope:1", 'unknown issue "nope"'],
    ]) {
      await page.goto(`/compare?${q}`);
      await expect(page.getByRole("alert").filter({ hasText: "This link has a problem" })).toContainText(text);
    }
  });

  test("is usable at phone width", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/compare?a=ROK&b=JPN&asOf=2019-03-01");
    await expect(page.getByTestId("gap-rows")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
  });
});
