import { expect, test, type Page } from "@playwright/test";
import { bytesOf, drawnTexts, exportVia, overlapsInCells, parseSvg, PNG_SIGNATURE, pngSize, type DrawnText } from "./helpers";

test.describe.configure({ timeout: 120_000 });

const MENU = /^Export Divergence over time/;

test.describe("[export] slide sizes and edited texts", () => {
  test("the divergence chart as a 16:9 slide with a custom title: 1920 x 1080 SVG, 3840 x 2160 PNG, legible type", async ({ page }) => {
    await page.goto("/divergence?pairs=USA-DPRK,ROK-JPN&from=2018-01-01&to=2019-12-31");
    // Size: 16:9 slide (the menu stays open on a size choice).
    await page.getByRole("button", { name: MENU }).click();
    const slide = page.getByRole("menuitemradio", { name: /16:9 slide/ });
    await expect(page.getByRole("menuitemradio", { name: /Default/ })).toHaveAttribute("aria-checked", "true");
    await slide.click();
    await expect(slide).toHaveAttribute("aria-checked", "true");
    // Texts: prefilled with today's, then edited.
    await page.getByRole("menuitem", { name: /Edit title and note/ }).click();
    const dialog = page.getByRole("dialog", { name: "Title and note of the exported image" });
    await expect(dialog.getByLabel("Title", { exact: true })).toHaveValue("Divergence over time, 2018–2019 summitry: 1 Jan 2018 to 31 Dec 2019");
    // The subtitle's dates are written as on the page, not as ISO dates.
    await expect(dialog.getByLabel("Subtitle")).toHaveValue("Salience-weighted divergence of United States – North Korea, South Korea – Japan, 1 Jan 2018 to 31 Dec 2019");
    await dialog.getByLabel("Title", { exact: true }).fill("Summit years: the US and the DPRK drew closer");
    await dialog.getByLabel("Note").fill("Briefing for the 3 December meeting");
    await dialog.getByRole("button", { name: "Use these texts" }).click();
    await expect(dialog).toBeHidden();

    const svgFile = await exportVia(page, MENU, /SVG vector/);
    expect(svgFile.suggestedFilename()).toBe("stance-atlas_divergence-timeline_USA-DPRK-ROK-JPN_2019-12-31.svg");
    const svg = (await bytesOf(svgFile)).toString("utf8");
    const parsed = await parseSvg(page, svg);
    expect(parsed.error).toBeNull();
    expect([parsed.width, parsed.height]).toEqual([1920, 1080]);
    expect(parsed.texts).toContain("Summit years: the US and the DPRK drew closer");
    expect(parsed.texts).toContain("Briefing for the 3 December meeting");
    // The source line and the coding date stay whatever the texts.
    // A chart over time names the dates it covers, not one "view as of" date (the page may be at another).
    expect(parsed.texts.some((t) => /^Source: Stance Atlas, positions from 2018-01-01 to 2019-12-31; coded through \d{4}-\d{2}-\d{2} from public sources$/.test(t))).toBe(true);
    expect(parsed.texts.join(" ")).not.toContain("view as of");

    // Font sizes as drawn (font-size times the scale of every enclosing group).
    const sizes = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      const scaleOf = (el: Element | null): number => {
        let k = 1;
        for (let e = el; e; e = e.parentElement) {
          const m = /scale\(([\d.]+)\)/.exec(e.getAttribute("transform") ?? "");
          if (m) k *= Number(m[1]);
        }
        return k;
      };
      return [...doc.getElementsByTagName("text")].map((t) => ({ text: t.textContent ?? "", px: Number(t.getAttribute("font-size")) * scaleOf(t) }));
    }, svg);
    const title = sizes.find((s) => s.text === "Summit years: the US and the DPRK drew closer")!;
    expect(title.px).toBeGreaterThanOrEqual(40);
    // Axis labels (years, 0.00..1.00) and markers (numbers and their key) at 20 px or more; nothing smaller.
    const axis = sizes.filter((s) => /^(2018|2019|Apr|Jul|Oct|0\.00|0\.50|1\.00)$/.test(s.text));
    expect(axis.length).toBeGreaterThanOrEqual(5);
    const markerKey = sizes.filter((s) => /\(\d+ \w{3} 201[89]\)$/.test(s.text));
    expect(markerKey.map((s) => s.text).join("|")).toContain("Hanoi summit ends with no deal");
    expect(Math.min(...sizes.map((s) => s.px))).toBeGreaterThanOrEqual(20);

    const png = await exportVia(page, MENU, /PNG image \(2×\)/);
    const buf = await bytesOf(png);
    expect(buf.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(pngSize(buf)).toEqual({ width: 3840, height: 2160 });
    expect(buf.length).toBeGreaterThan(60_000);
  });

  test("the matrix export can carry each cell's summary and citation", async ({ page }) => {
    await page.goto("/?asOf=2019-03-01");
    const menu = "Export stance matrix";
    const plain = (await bytesOf(await exportVia(page, menu, /SVG vector/))).toString("utf8");
    await page.getByRole("button", { name: menu }).click();
    const details = page.getByRole("menuitemcheckbox", { name: /Include summaries and evidence/ });
    await details.click();
    await expect(details).toHaveAttribute("aria-checked", "true");
    await page.keyboard.press("Escape");
    const detailed = (await bytesOf(await exportVia(page, menu, /SVG vector/))).toString("utf8");
    const api = await (await page.request.get("/api/v1/matrix?asOf=2019-03-01")).json();
    const cell = (api.cells as { summary: string; evidence: { publisher: string; date: string }[] }[]).find((c) => c.evidence.length > 0)!;
    const parsedPlain = await parseSvg(page, plain);
    const parsed = await parseSvg(page, detailed);
    expect(parsed.error).toBeNull();
    expect(parsed.texts.some((t) => t.startsWith("Source: ") && t.includes(cell.evidence[0].publisher))).toBe(true);
    expect(parsedPlain.texts.some((t) => t.startsWith("Source: ") && t.includes(cell.evidence[0].publisher))).toBe(false);
    const firstWords = cell.summary.split(/\s+/).slice(0, 2).join(" ");
    expect(parsed.texts.some((t) => t.startsWith(firstWords))).toBe(true);
  });

  test("the comparison export can carry both sides' summaries and sources", async ({ page }) => {
    await page.goto("/compare?a=ROK&b=JPN&asOf=2019-03-01");
    const menu = "Export comparison of South Korea and Japan";
    await page.getByRole("button", { name: menu }).click();
    await page.getByRole("menuitemcheckbox", { name: /Include summaries and evidence/ }).click();
    await page.keyboard.press("Escape");
    const parsed = await parseSvg(page, (await bytesOf(await exportVia(page, menu, /SVG vector/))).toString("utf8"));
    expect(parsed.error).toBeNull();
    expect(parsed.texts.filter((t) => t.startsWith("South Korea: ")).length).toBeGreaterThan(3);
    expect(parsed.texts.filter((t) => t.startsWith("Japan: ")).length).toBeGreaterThan(3);
    expect(parsed.texts.some((t) => /^Source: .+, \d{4}(-\d{2}){0,2}$/.test(t))).toBe(true);
  });
});

/** Chooses "16:9 slide" in the menu (it stays open), then exports the SVG. */
async function slideSvg(page: Page, menu: string | RegExp, details = false): Promise<string> {
  await page.getByRole("button", { name: menu }).click();
  await page.getByRole("menuitemradio", { name: /16:9 slide/ }).click();
  if (details) {
    const box = page.getByRole("menuitemcheckbox", { name: /Include summaries and evidence/ });
    await box.click();
    await expect(box).toHaveAttribute("aria-checked", "true");
  }
  await page.keyboard.press("Escape");
  return (await bytesOf(await exportVia(page, menu, /SVG vector/))).toString("utf8");
}

/** At 1920 px wide every text is drawn at 20 px or more, the title (the frame's first text) at 40 px or more. */
function expectLegible(texts: DrawnText[], what: string) {
  expect(texts.length, what).toBeGreaterThan(3);
  expect(texts[0].px, `${what}: title "${texts[0].text}"`).toBeGreaterThanOrEqual(40);
  const small = texts.filter((t) => t.px < 19.95).map((t) => `${t.px.toFixed(1)} px "${t.text.slice(0, 40)}"`);
  expect(small, `${what}: texts under 20 px`).toEqual([]);
}

test.describe("[export] 16:9 slides are legible at 1920 px", () => {
  test("the stance matrix fills the slide with 20 px labels; with details it grows taller, no text over another in a cell", async ({ page }) => {
    await page.goto("/?asOf=2019-03-01");
    const menu = "Export stance matrix";
    const svg = await slideSvg(page, menu);
    const parsed = await parseSvg(page, svg);
    expect([parsed.width, parsed.height]).toEqual([1920, 1080]);
    const texts = await drawnTexts(page, svg);
    expect(texts[0].text).toBe("Where the actors stand");
    expectLegible(texts, "matrix");
    // Every issue and actor is named.
    for (const name of ["South Korea", "Russia", "Sanctions relief", "Verification"]) expect(texts.some((t) => t.text.startsWith(name))).toBe(true);

    await page.reload();
    const detailed = await slideSvg(page, menu, true);
    const d = await parseSvg(page, detailed);
    expect(d.width).toBe(1920);
    expect(d.height).toBeGreaterThan(1080);
    const dt = await drawnTexts(page, detailed);
    expectLegible(dt, "detailed matrix");
    expect(dt.some((t) => t.text.startsWith("Source: ") && t.cell !== null)).toBe(true);
    expect(overlapsInCells(dt)).toEqual([]);
  });

  test("the comparison, the heatmap, the bars and the issue and actor page charts: 20 px labels, 40 px titles", async ({ page }) => {
    await page.goto("/compare?a=ROK&b=JPN&asOf=2019-03-01");
    const compare = await drawnTexts(page, await slideSvg(page, "Export comparison of South Korea and Japan"));
    expectLegible(compare, "comparison");
    expect(compare.some((t) => t.text === "Sanctions relief")).toBe(true);

    await page.reload();
    const detailed = await drawnTexts(page, await slideSvg(page, "Export comparison of South Korea and Japan", true));
    expectLegible(detailed, "detailed comparison");
    expect(detailed.filter((t) => t.text.startsWith("Japan: ")).length).toBeGreaterThan(3);

    for (const url of ["/divergence?asOf=2019-03-01", "/issues/sanctions-relief?asOf=2019-03-01", "/actors/ROK?asOf=2019-03-01"]) {
      await page.goto(url);
      // Charts drawn in the browser get their Export button once they are: one per chart.
      const buttons = page.locator("[data-chart] figcaption").getByRole("button", { name: /^Export / });
      const charts = await page.locator("[data-chart]").count();
      expect(charts, url).toBeGreaterThanOrEqual(2);
      await expect(buttons).toHaveCount(charts);
      const names = await buttons.evaluateAll((bs) => bs.map((b) => b.getAttribute("aria-label")!));
      for (const name of names) {
        const texts = await drawnTexts(page, await slideSvg(page, name));
        expectLegible(texts, `${url}: ${name}`);
      }
    }
  });
});
