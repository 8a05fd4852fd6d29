import { expect, test } from "@playwright/test";
import { isLowCoverage } from "../../lib/timeline";
import { bytesOf, exportVia } from "../export/helpers";

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
    // Two lines per pair: the second carries the low-coverage stretches, drawn as the pair's own line (same colour
    // and dash pattern) but thin and faded, with a hollow point where each low step starts.
    const id = `${withLow!.a}-${withLow!.b}`;
    const line = chart.locator(`.pair-line.pair-${id} path.recharts-line-curve`);
    const low = chart.locator(`.low-coverage.pair-${id} path.recharts-line-curve`);
    await expect(low).toHaveCount(1);
    expect((await low.getAttribute("d"))?.length ?? 0).toBeGreaterThan(5);
    await expect(low).toHaveAttribute("stroke-opacity", "0.45");
    await expect(low).toHaveAttribute("stroke-width", "1.25");
    await expect(line).toHaveAttribute("stroke-width", "2.25");
    expect(await low.getAttribute("stroke")).toBe(await line.getAttribute("stroke"));
    expect(await low.getAttribute("stroke-dasharray")).toBe(await line.getAttribute("stroke-dasharray"));
    const dots = chart.locator('circle[data-coverage="low"]');
    expect(await dots.count()).toBeGreaterThan(0);
    await expect(dots.first()).toHaveAttribute("fill", "#ffffff");
    expect(await dots.first().getAttribute("stroke")).toBe(await line.getAttribute("stroke"));
    await expect(chart.getByTestId("low-coverage-key").locator("circle")).toHaveAttribute("fill", "#ffffff");
    await chart.getByText("Data table").click();
    await expect(chart.getByRole("table")).toContainText("(few issues)");

    // The export draws the low stretch the same way and says so in its key.
    const svgFile = await exportVia(page, /^Export Divergence over time/, /SVG vector/);
    const svg = (await bytesOf(svgFile)).toString("utf8");
    const lowPath = /<path [^>]*data-coverage="low"[^>]*>/.exec(svg)?.[0] ?? "";
    expect(lowPath).toContain('stroke-opacity="0.45"');
    expect(svg).toMatch(/<circle [^>]*fill="#ffffff"[^>]*data-coverage="low"/);
    expect(svg).toContain(`Few comparable issues (fewer than 4 comparable issues, or under a third of the ${issues})`);

    if (withoutLow) {
      await page.goto(`/divergence?pairs=${withoutLow.a}-${withoutLow.b}`);
      await expect(page.locator('[data-chart="divergence-timeline"]').getByTestId("low-coverage-key")).toHaveCount(0);
    }
  });

  test("the After Hanoi preset starts on the summit's first day, so the Hanoi marker is on the chart", async ({ page }) => {
    await page.goto("/divergence?pairs=USA-DPRK");
    await page.getByRole("navigation", { name: "Period of the chart" }).getByRole("link", { name: "After Hanoi" }).click();
    await expect(page).toHaveURL(/from=2019-02-27/);
    const chart = page.locator('[data-chart="divergence-timeline"]');
    await expect(chart.getByRole("heading", { name: "Divergence over time, After Hanoi: 27 Feb 2019 to 31 Dec 2021" })).toBeVisible();
    await expect(chart.getByRole("list", { name: "Event markers" }).getByRole("listitem").first()).toContainText("Hanoi summit ends with no deal (27 Feb 2019)");
  });

  test("the embed draws the page's chart for the same query: range, axis, markers, rows and pair styles", async ({ page }) => {
    const query = "pairs=USA-DPRK,ROK-JPN&from=2019-01-01&to=2020-06-30&events=E19,E24,E37";
    const read = async () => {
      const chart = page.locator('[data-chart="divergence-timeline"]');
      await expect(chart.locator("svg.recharts-surface")).toBeVisible();
      const ticks = await chart.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value").allTextContents();
      const markers = await chart.getByRole("list", { name: "Event markers" }).getByRole("listitem").allTextContents();
      const refLines = await chart.locator(".recharts-reference-line").count();
      await chart.getByText("Data table").click();
      const rows = await chart.getByRole("row").allTextContents();
      const styles = await chart.getByRole("list", { name: "Pairs" }).locator("li[data-pair] line").evaluateAll((ls) =>
        ls.map((l) => `${l.closest("li")!.getAttribute("data-pair")} ${l.getAttribute("stroke")} ${l.getAttribute("stroke-dasharray") ?? "solid"}`),
      );
      return { ticks, markers, refLines, rows, styles };
    };
    await page.goto(`/divergence?${query}`);
    const onPage = await read();
    await expect(page.locator('[data-chart="divergence-timeline"]').getByRole("heading", { name: "Divergence over time, 1 Jan 2019 to 30 Jun 2020" })).toBeVisible();
    await page.goto(`/embed/divergence?${query}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Divergence over time, 1 Jan 2019 to 30 Jun 2020");
    const inEmbed = await read();
    // The marked events are the chosen ones inside the range (E37 is in 2022: left off), on both.
    expect(onPage.markers).toEqual(["1Hanoi summit ends with no deal (27 Feb 2019)", "2DPRK short-range missile tests (4 May 2019)"]);
    expect(onPage.refLines).toBe(2);
    expect(inEmbed).toEqual(onPage);
    expect(onPage.ticks[0]).toBe("2019");
    expect(onPage.ticks.at(-1)).toBe("Apr");
    // The link back opens the view with the same range and events.
    const back = new URL((await page.getByRole("link", { name: "View in Stance Atlas" }).getAttribute("href"))!, "http://x");
    for (const [k, v] of new URLSearchParams(query)) expect(back.searchParams.get(k)).toBe(v);

    // Bad values get the page's messages.
    await page.goto("/embed/divergence?from=2021-01-01&to=2020-01-01");
    await expect(page.getByRole("alert").filter({ hasText: "This link has a problem" })).toContainText("from (1 Jan 2021) must be before to (1 Jan 2020).");
    await page.goto("/embed/divergence?events=E04,NOPE");
    await expect(page.getByRole("alert").filter({ hasText: "This link has a problem" })).toContainText('events has unknown event keys: "NOPE".');
  });

  test("a pair keeps its colour and dash pattern whichever pairs are drawn beside it, on the page, the embed and the actor page", async ({ page }) => {
    const styleOf = async (pair: string) => {
      const line = page.locator(`[data-chart$="divergence-timeline"] li[data-pair="${pair}"] line`);
      return [await line.getAttribute("stroke"), await line.getAttribute("stroke-dasharray")];
    };
    await page.goto("/divergence?pairs=ROK-JPN,USA-JPN,ROK-USA");
    const alone = await styleOf("ROK-JPN");
    const dotted = await styleOf("ROK-USA");
    await page.goto("/divergence?pairs=CHN-RUS,USA-DPRK,ROK-USA,ROK-JPN");
    expect(await styleOf("ROK-JPN")).toEqual(alone);
    expect(await styleOf("ROK-USA")).toEqual(dotted);
    await page.goto("/embed/divergence?pairs=ROK-USA,ROK-JPN");
    expect(await styleOf("ROK-JPN")).toEqual(alone);
    expect(await styleOf("ROK-USA")).toEqual(dotted);
    await page.goto("/actors/ROK");
    expect(await styleOf("ROK-JPN")).toEqual(alone);
    expect(await styleOf("ROK-USA")).toEqual(dotted);
    // The main line of a pair on the chart carries the legend's style.
    await page.goto("/embed/divergence?pairs=ROK-USA");
    const path = page.locator(".pair-line.pair-ROK-USA path.recharts-line-curve");
    expect([await path.getAttribute("stroke"), await path.getAttribute("stroke-dasharray")]).toEqual(dotted);
  });
});
