import { expect, test } from "@playwright/test";
import { isLowCoverage } from "../../lib/timeline";

test.describe.configure({ timeout: 60_000 });

type Point = { date: string; value: number | null; compared: number };

test.describe("[divergence] range, events and coverage of the chart over time", () => {
  test("a period preset sets the range in the URL; the chart and its table keep to it", async ({ page }) => {
    await page.goto("/divergence?pairs=USA-DPRK");
    const presets = page.getByRole("navigation", { name: "Period of the chart" });
    await expect(presets.getByRole("link", { name: "Whole history" })).toHaveAttribute("aria-current", "true");
    await presets.getByRole("link", { name: "2018–2019 summitry" }).click();
    await expect(page).toHaveURL(/from=2018-01-01&to=2019-12-31|to=2019-12-31/);
    await expect(presets.getByRole("link", { name: "2018–2019 summitry" })).toHaveAttribute("aria-current", "true");
    const chart = page.locator('[data-chart="divergence-timeline"]');
    await expect(chart.getByRole("heading", { name: "Divergence over time, 2018–2019 summitry: 1 Jan 2018 to 31 Dec 2019" })).toBeVisible();
    const markers = chart.getByRole("list", { name: "Event markers" });
    await expect(markers).toContainText("Hanoi summit ends with no deal");
    // Nothing after the range: no marker and no table row from 2020 on.
    for (const text of await markers.getByRole("listitem").allTextContents()) expect(text).toMatch(/201[89]\)$/);
    await chart.getByText("Data table").click();
    const froms = await chart.getByRole("row").locator("td:nth-child(2)").allTextContents();
    expect(froms.length).toBeGreaterThan(2);
    for (const d of froms) expect(d).toMatch(/ 201[89]$/);
    // The pair choice is kept.
    await expect(page).toHaveURL(/pairs=USA-DPRK/);
  });

  test("the range form and the event choice are kept in the URL; a bad range is explained", async ({ page }) => {
    await page.goto("/divergence?pairs=USA-DPRK");
    const chart = page.locator('[data-chart="divergence-timeline"]');
    await page.getByLabel("From", { exact: true }).fill("2019-01-01");
    await page.getByLabel("To", { exact: true }).fill("2020-06-30");
    await page.locator("summary", { hasText: "Events marked on the chart" }).click();
    // Keep only the Hanoi summit.
    const checked = page.getByRole("group", { name: "Events marked on the chart" }).getByRole("checkbox", { checked: true });
    expect(await checked.count()).toBeGreaterThan(3);
    while ((await checked.count()) > 0) await checked.first().uncheck();
    await page.getByRole("checkbox", { name: /Hanoi summit ends with no deal/ }).check();
    await page.getByRole("button", { name: "Update chart" }).click();
    await expect(page).toHaveURL(/from=2019-01-01/);
    await expect(page).toHaveURL(/to=2020-06-30/);
    await expect(chart.getByRole("heading", { name: "Divergence over time, 1 Jan 2019 to 30 Jun 2020" })).toBeVisible();
    await expect(chart.getByRole("list", { name: "Event markers" }).getByRole("listitem")).toHaveCount(1);
    await expect(chart.getByRole("list", { name: "Event markers" })).toContainText("Hanoi summit ends with no deal");

    await page.goto("/divergence?from=2021-01-01&to=2020-01-01");
    await expect(page.getByText("from (1 Jan 2021) must be before to (1 Jan 2020).")).toBeVisible();
  });

  test("points resting on few comparable issues are drawn faded and said so", async ({ page, request }) => {
    // Find a pair with some low-coverage points from the read API (the same series the chart draws).
    const issues = (await (await request.get("/api/v1/matrix")).json()).issues.length as number;
    const pairs = ["ROK-JPN", "USA-JPN", "ROK-USA", "USA-DPRK", "CHN-RUS", "DPRK-JPN", "ROK-DPRK", "CHN-DPRK", "RUS-DPRK", "USA-CHN"];
    const api = await (await request.get(`/api/v1/divergence/timeline?pairs=${pairs.slice(0, 8).join(",")}`)).json();
    const series = (api.pairs ?? api.series ?? api.timelines) as { a: string; b: string; points: Point[] }[];
    const withLow = series.find((s) => s.points.some((p) => p.value !== null && isLowCoverage(p.compared, issues)));
    const withoutLow = series.find((s) => s.points.every((p) => p.value === null || !isLowCoverage(p.compared, issues)));
    expect(withLow, "the seed has a pair with low coverage at some point").toBeTruthy();

    await page.goto(`/divergence?pairs=${withLow!.a}-${withLow!.b}`);
    const chart = page.locator('[data-chart="divergence-timeline"]');
    await expect(chart.getByTestId("low-coverage-key")).toHaveText("Few comparable issues");
    await expect(chart).toContainText(`fewer than 4 comparable issues, or under a third of the ${issues}`);
    // Two lines per pair: the faded, dotted one carries the low-coverage stretches.
    const faded = chart.locator('path.recharts-line-curve[stroke-opacity="0.5"]');
    await expect(faded).toHaveCount(1);
    expect((await faded.getAttribute("d"))?.length ?? 0).toBeGreaterThan(5);
    await chart.getByText("Data table").click();
    await expect(chart.getByRole("table")).toContainText("(few issues)");

    if (withoutLow) {
      await page.goto(`/divergence?pairs=${withoutLow.a}-${withoutLow.b}`);
      await expect(page.locator('[data-chart="divergence-timeline"]').getByTestId("low-coverage-key")).toHaveCount(0);
    }
  });
});
