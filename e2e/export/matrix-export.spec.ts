import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { bytesOf, exportVia, parseSvg, PNG_SIGNATURE, pngSize } from "./helpers";

const ACTORS = ["South Korea", "Japan", "United States", "North Korea", "China", "Russia"];

test.describe("[export] stance matrix", () => {
  test("SVG: a standalone, valid SVG document with title, actor labels and the source line", async ({ page }) => {
    await page.goto("/?asOf=2019-03-01");
    const download = await exportVia(page, "Export stance matrix", /SVG vector/);
    expect(download.suggestedFilename()).toBe("stance-atlas_matrix_2019-03-01.svg");
    const svg = (await bytesOf(download)).toString("utf8");
    const parsed = await parseSvg(page, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.rootName).toBe("svg");
    expect(parsed.rootNs).toBe("http://www.w3.org/2000/svg");
    expect(parsed.width).toBe(1600);
    expect(parsed.texts).toContain("Where the actors stand");
    for (const actor of ACTORS) expect(parsed.texts).toContain(actor);
    expect(parsed.texts).toContain("Sanctions relief");
    const horizon = (await (await page.request.get("/api/v1/matrix?asOf=2019-03-01")).json()).codedThrough;
    expect(parsed.texts).toContain(`Source: Stance Atlas, view as of 2019-03-01; positions coded through ${horizon} from public sources`);
    expect(svg).not.toMatch(/data as of/i);
    expect(parsed.texts.some((t) => t.includes("as of 2019-03-01"))).toBe(true);
    expect(parsed).toMatchObject({ forbidden: 0, classOrStyle: 0, handlers: 0, cssVars: false });
    await expect(page.getByRole("status")).toContainText("Saved stance-atlas_matrix_2019-03-01.svg");
  });

  test("PNG at 2x by default and 3x on request: pixel size from the IHDR matches the frame", async ({ page }) => {
    test.setTimeout(120_000); // three exports, two rasterised in the browser: slow on a busy 2-core machine
    await page.goto("/?asOf=2019-03-01");
    const svg = (await bytesOf(await exportVia(page, "Export stance matrix", /SVG vector/))).toString("utf8");
    const frame = await parseSvg(page, svg);

    const png2 = await exportVia(page, "Export stance matrix", /PNG image \(2×\)/);
    expect(png2.suggestedFilename()).toBe("stance-atlas_matrix_2019-03-01.png");
    const buf2 = await bytesOf(png2);
    expect(buf2.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(buf2.subarray(12, 16).toString("latin1")).toBe("IHDR");
    expect(pngSize(buf2)).toEqual({ width: frame.width * 2, height: frame.height * 2 });

    const buf3 = await bytesOf(await exportVia(page, "Export stance matrix", /PNG image \(3×\)/));
    expect(buf3.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(pngSize(buf3)).toEqual({ width: frame.width * 3, height: frame.height * 3 });
    // A drawn image, not an empty canvas: a white-only PNG of this size compresses to a few kB.
    expect(buf2.length).toBeGreaterThan(100_000);
  });

  test("CSV equals the read API's CSV for the same date and cluster", async ({ page, request }) => {
    await page.goto("/?asOf=2019-03-01&cluster=sanctions-sequencing");
    const download = await exportVia(page, "Export stance matrix", /CSV data/);
    expect(download.suggestedFilename()).toBe("stance-atlas_matrix_sanctions-sequencing_2019-03-01.csv");
    const csv = (await bytesOf(download)).toString("utf8");
    const api = await (await request.get("/api/v1/stances.csv?asOf=2019-03-01&cluster=sanctions-sequencing")).text();
    expect(csv).toBe(api);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    const matrix = await (await request.get("/api/v1/matrix?asOf=2019-03-01&cluster=sanctions-sequencing")).json();
    expect(rows.data).toHaveLength(matrix.cells.length);
    expect(rows.data.map((r) => `${r.actor}|${r.issue}|${r.position}`)).toEqual(
      matrix.cells.map((c: { actor: string; issue: string; position: number | null }) => `${c.actor}|${c.issue}|${c.position ?? ""}`),
    );
    expect(new Set(rows.data.map((r) => r.cluster))).toEqual(new Set(["sanctions-sequencing"]));
  });

  test("the menu works from the keyboard and Escape returns focus", async ({ page }) => {
    await page.goto("/?asOf=2019-03-01");
    const button = page.getByRole("button", { name: "Export stance matrix" });
    await expect(button).toHaveAttribute("aria-haspopup", "menu");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    const items = page.getByRole("menuitem");
    await expect(items).toHaveCount(8); // the image, data (CSV, long CSV, Excel), copy and edit-texts items
    await expect(items.first()).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(items.nth(1)).toBeFocused();
    // The size choices and the details option come last, and the arrows reach them too.
    await page.keyboard.press("End");
    await expect(page.getByRole("menuitemcheckbox", { name: /Include summaries and evidence/ })).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(page.getByRole("menuitemradio", { name: /A4 width/ })).toBeFocused();
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowDown");
    await expect(items.first()).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("menu")).toHaveCount(0);
    await expect(button).toBeFocused();
    // Enter on a focused item exports.
    await page.keyboard.press("ArrowDown");
    await expect(items.first()).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(items.nth(1)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(items.nth(2)).toHaveText(/SVG vector/);
    await expect(items.nth(2)).toBeFocused();
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toBe("stance-atlas_matrix_2019-03-01.svg");
  });

  test("the menu is loaded when pressed: ArrowUp opens it on its last item; a failed load says so", async ({ page }) => {
    await page.goto("/?asOf=2019-03-01");
    await page.waitForLoadState("networkidle");
    // The menu's code is not among the page's scripts: with further scripts refused, pressing Export says so.
    await page.route("**/_next/static/chunks/**", (route) => route.abort());
    const button = page.getByRole("button", { name: "Export stance matrix" });
    await button.click();
    await expect(page.getByRole("status")).toHaveText("The export menu could not be loaded. Check the connection and press Export again.");
    await expect(page.getByRole("menu")).toHaveCount(0);
    await page.unrouteAll();

    await page.goto("/?asOf=2019-03-01");
    await page.getByRole("button", { name: "Export stance matrix" }).focus();
    await page.keyboard.press("ArrowUp");
    await expect(page.getByRole("menu")).toBeVisible();
    await expect(page.getByRole("menuitemcheckbox", { name: /Include summaries and evidence/ })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("button", { name: "Export stance matrix" })).toBeFocused();
  });

  test("Copy image puts a PNG on the clipboard", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/?asOf=2019-03-01");
    await page.getByRole("button", { name: "Export stance matrix" }).click();
    await page.getByRole("menuitem", { name: /Copy image/ }).click();
    await expect(page.getByRole("status")).toContainText("Image copied to the clipboard.");
    const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((i) => [...i.types]));
    expect(types).toContain("image/png");
  });

  test("a date with no stances disables every export and says why", async ({ page }) => {
    await page.goto("/?asOf=2000-01-01");
    await page.getByRole("button", { name: "Export stance matrix" }).click();
    const items = page.getByRole("menuitem");
    await expect(items).toHaveCount(8); // the image, data (CSV, long CSV, Excel), copy and edit-texts items
    for (const item of await items.all()) {
      await expect(item).toHaveAttribute("aria-disabled", "true");
      await expect(item).toContainText("nothing to export");
    }
    // Listen before acting; an export would start within milliseconds, so 5 s without a download event means none.
    const download = page.waitForEvent("download", { timeout: 5_000 }).then(
      (d) => d.suggestedFilename(),
      () => null,
    );
    await items.first().focus();
    await page.keyboard.press("Enter");
    await items.last().click({ force: true });
    await items.nth(2).click({ force: true });
    expect(await download, "no file is offered").toBeNull();
    // Nothing started either: the menu stayed open and the status line never said "Preparing", "Saved" or "failed".
    await expect(page.getByRole("menu")).toBeVisible();
    await expect(page.getByRole("status")).toHaveText("");
  });

  test("the open menu fits a phone screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/?asOf=2019-03-01");
    await page.getByRole("button", { name: "Export stance matrix" }).click();
    const box = (await page.getByRole("menu").boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  });
});
