import { expect, test, type APIRequestContext } from "@playwright/test";
import Papa from "papaparse";
import { addDays, formatDate, todayIso } from "../../lib/dates";
import { publication } from "../../lib/horizon";
import { bytesOf, exportVia, parseSvg } from "../export/helpers";

/** The coding horizon as the read API reports it (the data changes; never hard-code it). */
async function horizonOf(request: APIRequestContext): Promise<string> {
  const res = await request.get("/api/v1/matrix?asOf=2019-03-01");
  const body = await res.json();
  expect(body.codedThrough).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  return body.codedThrough;
}

test.describe("[horizon] the coding horizon", () => {
  test("every read API answer carries it: JSON field, response header and a CSV column", async ({ request }) => {
    const horizon = await horizonOf(request);
    const matrix = await request.get("/api/v1/matrix?asOf=2019-03-01");
    expect(matrix.headers()["x-coded-through"]).toBe(horizon);
    const csv = await request.get("/api/v1/stances.csv?asOf=2019-03-01");
    expect(csv.headers()["x-coded-through"]).toBe(horizon);
    const rows = Papa.parse<Record<string, string>>((await csv.text()).trim(), { header: true });
    expect(rows.meta.fields).toContain("coded_through");
    expect(rows.meta.fields).toContain("note");
    expect(rows.data.length).toBeGreaterThan(0);
    expect(rows.data.every((r) => r.coded_through === horizon)).toBe(true);
    for (const path of ["/api/v1/divergence?a=ROK&b=JPN&asOf=2019-03-01", "/api/v1/divergence/timeline?pairs=ROK-JPN"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expect((await res.json()).codedThrough, path).toBe(horizon);
      expect(res.headers()["x-coded-through"], path).toBe(horizon);
    }
  });

  test("a view dated after the horizon says so at the top; on the horizon and before it, it does not", async ({ page, request }) => {
    test.setTimeout(120_000); // thirteen page loads on a shared 2-core machine
    const horizon = await horizonOf(request);
    const after = addDays(horizon, 1);
    const views = (asOf: string) => [`/?asOf=${asOf}`, `/compare?a=ROK&b=JPN&asOf=${asOf}`, `/divergence?asOf=${asOf}`, `/actors/ROK?asOf=${asOf}`];
    for (const url of views(after)) {
      await page.goto(url);
      const notice = page.getByTestId("horizon-notice");
      await expect(notice, url).toBeVisible();
      await expect(notice, url).toContainText(`after the coding horizon (${formatDate(horizon)})`);
      await expect(notice, url).toContainText(`not confirmed for ${formatDate(after)}`);
      // At the top: before the view's own controls and content.
      const noticeTop = (await notice.boundingBox())!.y;
      const mainTop = (await page.locator("main").boundingBox())!.y;
      expect(noticeTop - mainTop, url).toBeLessThan(260);
      await expect(page.getByTestId("coding-horizon"), url).toContainText(`Positions coded through ${formatDate(horizon)}`);
    }
    for (const url of [...views(horizon), ...views("2019-03-01")]) {
      await page.goto(url);
      await expect(page.getByTestId("coding-horizon"), url).toContainText(`Positions coded through ${formatDate(horizon)}`);
      await expect(page.getByTestId("horizon-notice"), url).toHaveCount(0);
    }
    // Compare: either side past the horizon is enough.
    await page.goto(`/compare?a=JPN&b=JPN&asOf=2019-03-01&asOfB=${after}`);
    await expect(page.getByTestId("horizon-notice")).toBeVisible();
  });

  test("the horizon line is on every public view", async ({ page, request }) => {
    test.setTimeout(90_000);
    const horizon = await horizonOf(request);
    for (const url of ["/issues", "/issues/sanctions-relief", "/actors", "/timeline", "/changes", "/briefing?asOf=2019-03-01", "/methodology"]) {
      await page.goto(url);
      const line = url === "/methodology" ? page.getByTestId("methodology-horizon") : page.getByTestId("coding-horizon").first();
      await expect(line, url).toContainText(`Positions coded through ${formatDate(horizon)}`);
    }
  });
});

test.describe("[horizon] published later", () => {
  test("a 2019 view marks evidence published after its date, and only that evidence", async ({ page, request }) => {
    const asOf = "2019-03-01";
    const m = await (await request.get(`/api/v1/matrix?asOf=${asOf}`)).json();
    type Cell = { actor: string; issue: string; counterpart: string | null; evidence: { date: string }[] };
    // A stance in force on 1 March 2019 whose first three sources (what the comparison lists) include a later one.
    const cell = (m.cells as Cell[]).find((c) => c.evidence.slice(0, 3).some((e) => publication(e.date, asOf) !== "before"));
    expect(cell, "the seed data has a 2019 stance coded from a later source").toBeTruthy();
    const shown = cell!.evidence.slice(0, 3);
    const later = shown.filter((e) => publication(e.date, asOf) !== "before").length;
    const other = cell!.counterpart ?? (cell!.actor === "ROK" ? "JPN" : "ROK");

    await page.goto(`/compare?a=${cell!.actor}&b=${other}&asOf=${asOf}`);
    const row = page.getByTestId(`gap-row-${cell!.issue}`);
    const sideA = row.getByTestId("stance-a");
    // Not hidden: every listed source is still cited; only the later ones carry the mark.
    await expect(sideA.getByTestId("evidence-ref")).toHaveCount(shown.length);
    await expect(sideA.getByTestId("published-later")).toHaveCount(later);
    await expect(sideA.getByTestId("published-later").first()).toContainText("published later");
    for (const [i, e] of shown.entries()) {
      const ref = sideA.getByTestId("evidence-ref").nth(i);
      await expect(ref).toContainText(formatDate(e.date));
      await expect(ref.getByTestId("published-later")).toHaveCount(publication(e.date, asOf) === "before" ? 0 : 1);
    }

    // The briefing pack's issue pages list every source and mark the later ones too.
    await page.goto(`/briefing?asOf=${asOf}&views=issues&issues=${cell!.issue}&actors=${cell!.actor},${other}`);
    await expect(page.getByRole("article")).toBeVisible();
    expect(await page.getByTestId("published-later").count()).toBeGreaterThanOrEqual(later);
  });
});

test.describe("[horizon] methodology", () => {
  const PUBLIC = ["/", "/?asOf=2019-03-01", "/compare", "/divergence", "/issues", "/issues/sanctions-relief", "/actors", "/actors/ROK", "/timeline", "/changes", "/briefing", "/methodology"];

  test("the Methodology page is linked from every public page", async ({ page }) => {
    test.setTimeout(120_000);
    for (const url of PUBLIC) {
      await page.goto(url);
      await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Methodology", exact: true }), url).toHaveAttribute("href", "/methodology");
      await expect(page.locator("footer").getByRole("link", { name: /Methodology/ }), url).toHaveAttribute("href", "/methodology");
    }
  });

  test("it explains the scale, the sources and the horizon, and how to cite", async ({ page, request }) => {
    const horizon = await horizonOf(request);
    await page.goto("/compare");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Methodology", exact: true }).click();
    await expect(page).toHaveURL(/\/methodology$/);
    await expect(page.getByRole("heading", { level: 1, name: "Methodology" })).toBeVisible();
    for (const h of ["How stances are coded", "The scale and its poles", "Salience", "Confidence", "Divergence", "Source policy", "The coding horizon", "How to cite"])
      await expect(page.getByRole("heading", { level: 2, name: h })).toBeVisible();
    await expect(page.locator("#scale")).toContainText("pressure / maximal-demands pole");
    await expect(page.locator("#scale")).toContainText("accommodation pole");
    await expect(page.getByTestId("citation")).toHaveText(
      new RegExp(`^Stance Atlas, positions coded through ${horizon}, http://127\\.0\\.0\\.1:\\d+/, accessed ${todayIso()}$`),
    );
  });
});

test.describe("[horizon] exports", () => {
  test("no export of today's view says 'data as of' today: the footers name the horizon", async ({ page, request }) => {
    test.setTimeout(90_000);
    const horizon = await horizonOf(request);
    const today = todayIso();
    await page.goto("/");
    const svg = (await bytesOf(await exportVia(page, "Export stance matrix", /SVG vector/))).toString("utf8");
    const parsed = await parseSvg(page, svg);
    expect(svg).not.toMatch(/data as of/i);
    const source = `Source: Stance Atlas, view as of ${today}${today > horizon ? " (last coded positions, not confirmed for that date)" : ""}; positions coded through ${horizon} from public sources`;
    expect(parsed.texts).toContain(source);
    expect(parsed.texts.join(" ")).toContain("accommodation pole");
    expect(parsed.texts.join(" ")).not.toMatch(/engagement pole|DPRK-preferred/);

    await page.goto("/compare?a=ROK&b=JPN");
    const compare = (await bytesOf(await exportVia(page, /Export comparison of/, /SVG vector/))).toString("utf8");
    expect(compare).not.toMatch(/data as of/i);
    expect((await parseSvg(page, compare)).texts).toContain(source);
    const csv = (await bytesOf(await exportVia(page, /Export comparison of/, /CSV data/))).toString("utf8");
    const rows = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
    expect(rows.data.every((r) => r.coded_through === horizon)).toBe(true);

    // The briefing pack's printed footer and cover line.
    await page.goto(`/briefing?asOf=${today}&views=matrix`);
    await expect(page.getByRole("article")).toBeVisible();
    const style = await page.evaluate(() => [...document.querySelectorAll("style")].map((s) => s.textContent ?? "").find((t) => t.includes("@page")) ?? "");
    expect(style).toContain(source);
    expect(style).not.toMatch(/data as of/i);
    await expect(page.getByRole("article").getByTestId("coding-horizon")).toContainText(`Positions coded through ${formatDate(horizon)}`);
  });
});
