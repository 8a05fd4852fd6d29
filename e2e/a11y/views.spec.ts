import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const PAGES = [
  "/",
  "/compare?a=ROK&b=JPN&asOf=2019-03-01&scenario=JPN.sequencing:1",
  "/compare?a=JPN&b=JPN&asOf=2018-05-01&asOfB=2019-06-01",
  "/divergence?asOf=2019-03-01",
  "/issues",
  "/issues/joint-exercises",
  "/actors",
  "/actors/JPN",
  "/changes?from=2018-06-01&to=2019-06-30",
  "/timeline",
  "/compare?asOf=2019-13-45",
  "/actors/XYZ",
  "/embed/matrix?asOf=2019-03-01",
  "/embed/compare?a=ROK&b=JPN&asOf=2019-03-01",
  "/embed/divergence?pairs=ROK-JPN,USA-JPN",
  // Korean (issue 14): the same checks on the /ko pages
  "/ko",
  "/ko/compare?a=ROK&b=JPN&asOf=2019-03-01",
  "/ko/divergence?asOf=2019-03-01",
  "/ko/issues/joint-exercises",
  "/ko/actors/JPN",
  "/ko/changes?from=2018-06-01&to=2019-06-30",
  "/ko/timeline",
  "/ko/methodology",
];

test.describe("[a11y]", () => {
  for (const path of PAGES)
    test(`${path} has no serious or critical axe violations`, async ({ page }) => {
      // axe walks the whole DOM (charts included); on a busy 2-core machine that alone can take many seconds.
      test.setTimeout(90_000);
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      // Charts render after hydration; check them as drawn, not as placeholders.
      const charts = page.locator("[data-chart]");
      if ((await charts.count()) > 0) await expect(charts.first().locator("svg").first()).toBeVisible();
      // Recharts' own SVG internals (ticks, paths) are left out: each chart's numbers are also in its data table,
      // its title and frame are checked, and the heatmap (plain SVG with links) is checked in full.
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).exclude(".recharts-wrapper").analyze();
      const bad = results.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
      expect(bad).toEqual([]);
    });

  test("the Share dialog, open, has no serious or critical axe violations and is reached by keyboard", async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto("/?asOf=2019-03-01");
    const share = page.getByRole("button", { name: "Share", exact: true });
    await share.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Share this view" });
    await expect(dialog).toBeVisible();
    // Focus moved into the modal dialog; Tab never reaches the page behind it (inert while the dialog is open).
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest("dialog"))).toBe(true);
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => { const el = document.activeElement; return !el || el === document.body || !!el.closest("dialog"); })).toBe(true);
    }
    const results = await new AxeBuilder({ page }).include("dialog").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(share).toBeFocused();
  });

  test("the comparison works with the keyboard only", async ({ page }) => {
    await page.goto("/compare?a=ROK&b=JPN&asOf=2019-03-01");
    const sortLink = page.getByRole("link", { name: "Salience-weighted gap" });
    await sortLink.focus();
    await expect(sortLink).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/sort=weighted/);
    const editor = page.getByTestId("scenario-editor");
    await editor.getByLabel("Actor").focus();
    await page.keyboard.press("Tab");
    await expect(editor.getByLabel("Issue")).toBeFocused();
  });
});
