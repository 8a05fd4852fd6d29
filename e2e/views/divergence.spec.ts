import { expect, test } from "@playwright/test";

// These pages hydrate charts and client views; on a loaded 2-core machine a full test can exceed the default 30 s.
test.describe.configure({ timeout: 60_000 });

test.describe("[divergence]", () => {
  test("the heatmap prints every pair's value and agrees with the read API", async ({ page, request }) => {
    await page.goto("/divergence?asOf=2019-03-01");
    const heatmap = page.locator('[data-chart="divergence-heatmap"]');
    await expect(heatmap.getByRole("heading", { name: /Pairwise divergence as of 1 Mar 2019/ })).toBeVisible();
    const cell = page.getByTestId("heat-ROK-JPN");
    const api = await request.get("/api/v1/divergence?a=ROK&b=JPN&asOf=2019-03-01").then((r) => r.json());
    await expect(cell).toHaveAttribute("data-value", api.value.toFixed(4));
    await expect(cell).toContainText(api.value.toFixed(2));
    await expect(page.getByTestId("heat-JPN-ROK")).toHaveAttribute("data-value", api.value.toFixed(4));
  });

  test("per-issue bars, spread, blocs and the timeline are drawn", async ({ page }) => {
    await page.goto("/divergence?asOf=2019-03-01&a=USA&b=JPN&align=sanctions-relief");
    await expect(page.getByRole("heading", { name: "United States and Japan: gap per issue" })).toBeVisible();
    await expect(page.locator('[data-chart="divergence-timeline"] svg.recharts-surface')).toBeVisible();
    // The bars are an HTML table, one row per issue with its value; the detail names both positions.
    const gaps = page.locator('[data-chart="pair-issue-gaps"] table.bars');
    const api = await page.request.get("/api/v1/divergence?a=USA&b=JPN&asOf=2019-03-01").then((r) => r.json());
    await expect(gaps.locator("tbody tr")).toHaveCount(api.issues.length);
    const row = gaps.getByRole("row", { name: /^Sanctions relief/ });
    await expect(row.locator("td").last()).toHaveText("United States -2, Japan -2");
    await expect(page.locator('[data-chart="issue-spread"] table.bars tbody tr')).toHaveCount(13);
    const blocs = page.getByTestId("blocs");
    await expect(blocs.getByRole("heading", { name: "Alignment: Sanctions relief" })).toBeVisible();
    // Japan (-2) and South Korea (+1) are never in one bloc.
    const jpnBloc = blocs.getByTestId("bloc").filter({ hasText: "Japan" });
    await expect(jpnBloc).not.toContainText("South Korea");
  });

  test("choosing a pair and an alignment cluster keeps them in the URL", async ({ page }) => {
    await page.goto("/divergence?asOf=2019-03-01");
    await page.getByRole("navigation", { name: "Choose the pair" }).getByRole("link", { name: "USA–DPRK" }).click();
    await expect(page).toHaveURL(/a=USA&b=DPRK/);
    await expect(page.getByRole("heading", { name: "United States and North Korea: gap per issue" })).toBeVisible();
    await page.getByRole("navigation", { name: "Choose issue or cluster for blocs" }).getByRole("link", { name: "Denuclearization", exact: true }).click();
    await expect(page).toHaveURL(/align=denuclearization/);
    await expect(page.getByTestId("blocs")).toContainText("Denuclearization (mean position)");
    await expect(page).toHaveURL(/a=USA&b=DPRK/);
  });

  test("the pairs on the timeline are chosen with checkboxes and kept in the URL", async ({ page }) => {
    await page.goto("/divergence?asOf=2019-03-01&a=USA&b=DPRK");
    await page.getByRole("checkbox", { name: "China – Russia" }).check();
    await page.getByRole("button", { name: "Update chart" }).click();
    await expect(page).toHaveURL(/pairs=.*CHN-RUS/);
    await expect(page.locator('[data-chart="divergence-timeline"]').getByRole("list", { name: "Pairs" })).toContainText("China – Russia");
    await expect(page).toHaveURL(/a=USA&b=DPRK/);
  });

  test("the timeline steps at stance changes and marks the events", async ({ page }) => {
    await page.goto("/divergence?pairs=USA-DPRK");
    const chart = page.locator('[data-chart="divergence-timeline"]');
    await expect(chart.getByRole("list", { name: "Event markers" })).toContainText("Singapore summit joint statement");
    await expect(chart.getByRole("list", { name: "Event markers" })).toContainText("Hanoi summit ends with no deal");
    await chart.getByText("Data table").click();
    await expect(chart.getByRole("table")).toContainText("12 Jun 2018");
  });

  test("the what-if recomputes the heatmap and is kept in the URL", async ({ page }) => {
    await page.goto("/divergence?asOf=2019-03-01");
    const cell = page.getByTestId("heat-ROK-JPN");
    const before = await cell.getAttribute("data-value");
    // The editor and the positions it needs are not in the page: they load when it is opened.
    await expect(page.getByTestId("scenario-editor")).toHaveCount(0);
    const positions = page.waitForResponse(/\/api\/v1\/positions\?asOf=2019-03-01$/);
    await page.getByRole("button", { name: "Open the what-if editor" }).click();
    expect((await positions).status()).toBe(200);
    const editor = page.getByTestId("scenario-editor");
    await editor.getByLabel("Actor").selectOption("JPN");
    await editor.getByLabel("Issue").selectOption("sanctions-relief");
    await editor.getByLabel("Hypothetical position").selectOption("1");
    await editor.getByRole("button", { name: "Apply move" }).click();
    await expect(page).toHaveURL(/scenario=JPN\.sanctions-relief(%3A|:)1/);
    await expect(cell).not.toHaveAttribute("data-value", before!);
    await expect(page.getByTestId("scenario-move-JPN-sanctions-relief")).toBeVisible();
  });

  test("a scenario link shows the same what-if figures", async ({ page }) => {
    await page.goto("/divergence?asOf=2019-03-01&scenario=JPN.sanctions-relief:1");
    // Rendered on the server with the scenario applied; the editor then opens with its move.
    await expect(page.getByRole("heading", { name: "Pairwise divergence as of 1 Mar 2019 (what-if)" })).toBeVisible();
    await expect(page.getByTestId("scenario-move-JPN-sanctions-relief")).toBeVisible();
    const moved = await page.getByTestId("heat-ROK-JPN").getAttribute("data-value");
    await page.goto("/divergence?asOf=2019-03-01");
    await expect(page.getByTestId("heat-ROK-JPN")).not.toHaveAttribute("data-value", moved!);
  });

  test("bad parameters get a clear message", async ({ page }) => {
    for (const [q, text] of [
      ["asOf=2019-02-30", "YYYY-MM-DD"],
      ["pairs=ROK-ROK", "itself"],
      ["align=nope", "align must be one of"],
      ["scenario=bad", "ACTOR.issue:position"],
    ]) {
      await page.goto(`/divergence?${q}`);
      await expect(page.getByRole("alert").filter({ hasText: "This link has a problem" })).toContainText(text);
    }
  });

  test("is usable at phone width", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/divergence?asOf=2019-03-01");
    await expect(page.getByTestId("heat-ROK-JPN")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
  });
});
