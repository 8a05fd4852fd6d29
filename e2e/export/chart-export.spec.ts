import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
import { bytesOf, exportVia, parseSvg, PNG_SIGNATURE, pngSize } from "./helpers";

test.describe.configure({ timeout: 120_000 });

const ACTORS = ["South Korea", "Japan", "United States", "North Korea", "China", "Russia"];
/**
 * The source line names the view's date (a chart over time: the dates it covers, ending on `asOf`) and the coding
 * horizon, never "data as of" a day.
 */
const hasSourceLine = (texts: string[], asOf: string) => {
  // The frame's last texts; a long line wraps over two.
  const at = texts.findIndex((t) => t.startsWith("Source: Stance Atlas, "));
  const line = at < 0 ? "" : texts.slice(at).join(" ");
  return (
    (line.startsWith(`Source: Stance Atlas, view as of ${asOf}`) || new RegExp(`^Source: Stance Atlas, positions from \\d{4}-\\d{2}-\\d{2} to ${asOf}[ ;]`).test(line)) &&
    /coded through \d{4}-\d{2}-\d{2} from public sources$/.test(line) &&
    !texts.some((t) => /data as of/i.test(t))
  );
};
const STANDALONE = { forbidden: 0, classOrStyle: 0, handlers: 0, cssVars: false };

/** SVG, PNG 2x and PNG 3x of one menu: the PNGs' IHDR sizes are 2x and 3x of the SVG frame. */
async function checkSvgAndPngs(page: Page, menu: string | RegExp, fileBase: string) {
  const svgDownload = await exportVia(page, menu, /SVG vector/);
  expect(svgDownload.suggestedFilename()).toBe(`${fileBase}.svg`);
  const svg = (await bytesOf(svgDownload)).toString("utf8");
  const parsed = await parseSvg(page, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.rootName).toBe("svg");
  expect(parsed.rootNs).toBe("http://www.w3.org/2000/svg");
  expect(parsed).toMatchObject(STANDALONE);
  expect(svg).not.toMatch(/javascript:/i);
  expect(hasSourceLine(parsed.texts, fileBase.slice(-10))).toBe(true);

  for (const scale of [2, 3] as const) {
    const png = await exportVia(page, menu, scale === 2 ? /PNG image \(2×\)/ : /PNG image \(3×\)/);
    expect(png.suggestedFilename()).toBe(`${fileBase}.png`);
    const buf = await bytesOf(png);
    expect(buf.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(buf.subarray(12, 16).toString("latin1")).toBe("IHDR");
    expect(pngSize(buf)).toEqual({ width: parsed.width * scale, height: parsed.height * scale });
    // A drawn chart, not a blank canvas (a white-only PNG of this size compresses to a few kB).
    expect(buf.length).toBeGreaterThan(40_000);
  }
  return parsed;
}

async function csvOf(page: Page, menu: string | RegExp, fileName: string) {
  const download = await exportVia(page, menu, /CSV data/);
  expect(download.suggestedFilename()).toBe(fileName);
  const parsed = Papa.parse<Record<string, string>>((await bytesOf(download)).toString("utf8"), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const num = (v: number | null | undefined) => (v === null || v === undefined ? "" : String(v));

test.describe("[export] pairwise comparison", () => {
  const URL = "/compare?a=ROK&b=JPN&asOf=2019-03-01";
  const MENU = "Export comparison of South Korea and Japan";

  test("SVG and PNG 2x/3x: standalone, titled, both actors labelled, with the source line", async ({ page }) => {
    await page.goto(URL);
    const svg = await checkSvgAndPngs(page, MENU, "stance-atlas_compare_ROK-JPN_2019-03-01");
    expect(svg.width).toBe(1600);
    expect(svg.texts).toContain("South Korea and Japan: where they differ");
    expect(svg.texts).toContain("South Korea (circle)");
    expect(svg.texts).toContain("Japan (square)");
    expect(svg.texts.some((t) => t.includes("as of 2019-03-01"))).toBe(true);
    expect(svg.texts.some((t) => t.startsWith("Sanctions relief"))).toBe(true);
  });

  test("CSV rows match /api/v1/divergence for the same pair and date", async ({ page, request }) => {
    await page.goto(URL);
    const rows = await csvOf(page, MENU, "stance-atlas_compare_ROK-JPN_2019-03-01.csv");
    const api = await (await request.get("/api/v1/divergence?a=ROK&b=JPN&asOf=2019-03-01")).json();
    expect(api.issues.length).toBeGreaterThan(5);
    type G = { issue: string; a: { position: number | null; salience: number } | null; b: { position: number | null; salience: number } | null; distance: number | null; weight: number | null; weightedGap: number | null };
    expect(rows.map((r) => [r.as_of, r.actor_a, r.actor_b, r.issue, r.position_a, r.salience_a, r.position_b, r.salience_b, r.distance, r.weight, r.weighted_gap])).toEqual(
      (api.issues as G[]).map((g) => ["2019-03-01", "ROK", "JPN", g.issue, num(g.a?.position), num(g.a?.salience), num(g.b?.position), num(g.b?.salience), num(g.distance), num(g.weight), num(g.weightedGap)]),
    );
  });
});

test.describe("[export] divergence heatmap", () => {
  const URL = "/divergence?asOf=2019-03-01";
  const MENU = "Export How far apart the actors are";

  test("SVG and PNG 2x/3x: standalone, titled, every actor labelled, with the source line", async ({ page }) => {
    await page.goto(URL);
    const svg = await checkSvgAndPngs(page, MENU, "stance-atlas_heatmap_all_2019-03-01");
    expect(svg.texts).toContain("How far apart the actors are");
    const all = svg.texts.join(" ");
    for (const actor of ACTORS) expect(all).toContain(actor);
    expect(svg.texts.some((t) => t.includes("as of 2019-03-01"))).toBe(true);
  });

  test("CSV rows match the read API: actors from /api/v1/matrix, each pair's value from /api/v1/divergence", async ({ page, request }) => {
    await page.goto(URL);
    const rows = await csvOf(page, MENU, "stance-atlas_heatmap_all_2019-03-01.csv");
    const matrix = await (await request.get("/api/v1/matrix?asOf=2019-03-01")).json();
    const codes: string[] = matrix.actors.map((a: { code: string }) => a.code);
    expect(codes).toHaveLength(6);
    const expected: string[][] = [];
    for (const a of codes)
      for (const b of codes) {
        if (a === b) continue;
        const d = await (await request.get(`/api/v1/divergence?a=${a}&b=${b}&asOf=2019-03-01`)).json();
        expected.push(["2019-03-01", a, b, num(d.value), String(d.compared)]);
      }
    expect(rows.map((r) => [r.as_of, r.actor_a, r.actor_b, r.divergence, r.issues_compared])).toEqual(expected);
  });

  test("a what-if scenario is applied to the export and said in its subtitle", async ({ page }) => {
    await page.goto(`${URL}&scenario=${encodeURIComponent("DPRK.sanctions-relief:-2")}`);
    // A scenario link opens the what-if editor once the page is interactive; its figures replace the page's.
    await expect(page.getByRole("button", { name: "Open the what-if editor" })).toHaveCount(0);
    const download = await exportVia(page, MENU, /SVG vector/);
    const svg = await parseSvg(page, (await bytesOf(download)).toString("utf8"));
    expect(svg.texts.join(" ")).toContain("what-if scenario applied");
  });
});

test.describe("[export] divergence over time", () => {
  test("SVG is standalone with its title, the pair label and the source line; PNG sizes are 2x and 3x", async ({ page }) => {
    await page.goto("/divergence?asOf=2019-03-01&pairs=ROK-JPN");
    const menu = page.getByRole("button", { name: /^Export Divergence over time/ });
    await expect(menu).toHaveCount(1);
    const name = (await menu.getAttribute("aria-label"))!;
    const first = (await exportVia(page, name, /SVG vector/)).suggestedFilename();
    const today = /^stance-atlas_divergence-timeline_ROK-JPN_(\d{4}-\d{2}-\d{2})\.svg$/.exec(first)?.[1];
    expect(today).toBeTruthy();
    const chart = page.locator('[data-chart="divergence-timeline"] svg.recharts-surface');
    await expect(chart).toBeVisible();
    const svg = await checkSvgAndPngs(page, name, `stance-atlas_divergence-timeline_ROK-JPN_${today}`);
    expect(svg.texts).toContain(name.replace(/^Export /, ""));
    expect(svg.texts).toContain("South Korea – Japan");
    // Drawn from the chart's data: year ticks, the 0..1 scale and the numbered markers with their key.
    expect(svg.texts).toContain("2018");
    expect(svg.texts).toContain("0.50");
    expect(svg.texts.some((t) => t.startsWith("Hanoi summit ends with no deal ("))).toBe(true);
  });
});

test.describe("[export] every chart has an Export menu", () => {
  for (const [url, min] of [
    ["/divergence?asOf=2019-03-01", 4],
    ["/actors/ROK?asOf=2019-03-01", 3],
    ["/issues/sanctions-relief", 2],
  ] as const)
    test(`${url}: one menu per chart`, async ({ page }) => {
      await page.goto(url);
      const charts = await page.locator("[data-chart]").count();
      expect(charts).toBeGreaterThanOrEqual(min);
      await expect(page.locator("[data-chart] figcaption").getByRole("button", { name: /^Export / })).toHaveCount(charts);
    });
});
