import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";

/**
 * Share and embed: the Share dialog's link and embed code, the embeds framed by another site while every other
 * page refuses to be framed, and the matrix's first screen on a phone.
 */

/** A page on a second origin (another port of 127.0.0.1) whose HTML the test sets: the "other site" that frames us. */
async function otherSite(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html><head><title>Another site</title></head><body>${html}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function copied(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe("[share] the Share dialog", () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  });

  test("copies the permanent link and the embed code of the compare view; Escape closes and focus returns", async ({ page, baseURL }) => {
    await page.goto("/compare?a=ROK&b=JPN&asOf=2019-03-01&sort=weighted");
    const share = page.getByRole("button", { name: "Share", exact: true });
    await share.click();
    const dialog = page.getByRole("dialog", { name: "Share this view" });
    await expect(dialog).toBeVisible();

    await dialog.getByRole("button", { name: "Copy link" }).click();
    await expect(dialog.getByRole("status")).toHaveText("Link copied to the clipboard.");
    expect(await copied(page)).toBe(`${baseURL}/compare?a=ROK&asOf=2019-03-01&b=JPN&sort=weighted`);

    await dialog.getByRole("button", { name: "Copy embed code" }).click();
    await expect(dialog.getByRole("status")).toHaveText("Embed code copied to the clipboard.");
    expect(await copied(page)).toBe(
      `<iframe src="${baseURL}/embed/compare?a=ROK&amp;asOf=2019-03-01&amp;b=JPN&amp;sort=weighted" title="South Korea and Japan, compared (Stance Atlas)" width="100%" height="640" style="border:0" loading="lazy"></iframe>`,
    );

    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(share).toBeFocused();
  });

  test("the link of a view without a date in its URL pins the date it shows", async ({ page, baseURL }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Share", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Share this view" });
    const today = new Date().toISOString().slice(0, 10);
    await expect(dialog.getByLabel(/Permanent link/)).toHaveValue(`${baseURL}/?asOf=${today}`);
    await expect(dialog.getByLabel(/Embed code/)).toHaveValue(new RegExp(`src="${baseURL}/embed/matrix\\?asOf=${today}"`));
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(dialog).toBeHidden();
  });

  test("a what-if scenario edited in the browser is in the shared link", async ({ page }) => {
    await page.goto("/compare?a=ROK&b=JPN&asOf=2019-03-01&scenario=JPN.sequencing:1");
    await page.getByRole("button", { name: "Share", exact: true }).click();
    await expect(page.getByRole("dialog").getByLabel(/Permanent link/)).toHaveValue(/scenario=JPN\.sequencing%3A1/);
  });

  test("views without an embed offer the link only", async ({ page, baseURL }) => {
    await page.goto("/issues/sanctions-relief?asOf=2019-03-01");
    await page.getByRole("button", { name: "Share", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Share this view" });
    await expect(dialog.getByLabel(/Permanent link/)).toHaveValue(`${baseURL}/issues/sanctions-relief?asOf=2019-03-01`);
    await expect(dialog.getByLabel(/Embed code/)).toHaveCount(0);
  });
});

test.describe("[embed] charts on other sites", () => {
  test("another origin frames the embed from the Share dialog's code, but not the site's pages", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.goto("/?asOf=2019-03-01");
    await page.getByRole("button", { name: "Share", exact: true }).click();
    await page.getByRole("button", { name: "Copy embed code" }).click();
    const snippet = await copied(page);
    expect(snippet).toContain(`src="${baseURL}/embed/matrix?asOf=2019-03-01"`);

    const site = await otherSite(`${snippet.replace("<iframe ", '<iframe id="embed" ')}<iframe id="page" src="${baseURL}/?asOf=2019-03-01" width="800" height="400"></iframe>`);
    try {
      const refused = page.waitForResponse((r) => r.url() === `${baseURL}/?asOf=2019-03-01`);
      await page.goto(site.url);
      // The embed loads inside the other site's page: the matrix, its title, source line, coding date and link back.
      const embed = page.frameLocator("#embed");
      await expect(embed.getByRole("table", { name: /Stance matrix/ })).toBeVisible();
      await expect(embed.getByRole("heading", { level: 1 })).toHaveText("Where the actors stand, 1 Mar 2019");
      await expect(embed.getByTestId("embed-source")).toContainText("view as of 1 Mar 2019");
      await expect(embed.getByTestId("coding-horizon")).toContainText("Positions coded through");
      await expect(embed.getByRole("link", { name: "View in Stance Atlas" })).toHaveAttribute("target", "_top");
      await expect(embed.getByTestId("cell-USA-joint-exercises")).toHaveAttribute("target", "_top");
      // No site chrome in the embed.
      await expect(embed.getByRole("navigation", { name: "Main" })).toBeHidden();

      // The site's own page was asked for and answered, but the browser refused to show it in the frame.
      const res = await refused;
      expect(res.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
      const frame = await (await page.locator("#page").elementHandle())!.contentFrame();
      await expect.poll(() => frame!.url()).toMatch(/^chrome-error:/);
      await expect(page.frameLocator("#page").getByRole("table", { name: /Stance matrix/ })).toHaveCount(0);
    } finally {
      await site.close();
    }
  });

  test("the divergence embed code keeps the range and events; at its suggested size the frame shows the chart's range, axis, source line and link back", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.goto("/divergence?asOf=2019-03-01&pairs=USA-DPRK,ROK-JPN&from=2018-01-01&to=2019-12-31&events=E06,E19");
    await page.getByRole("button", { name: "Share", exact: true }).click();
    await page.getByRole("button", { name: "Copy embed code" }).click();
    const snippet = await copied(page);
    expect(snippet).toMatch(/from=2018-01-01/);
    expect(snippet).toMatch(/to=2019-12-31/);
    expect(snippet).toMatch(/events=E06%2CE19/);
    const height = Number(/height="(\d+)"/.exec(snippet)![1]);

    // The suggested size, and the 480 px frames that older embed codes suggested.
    const small = snippet.replace(/height="\d+"/, 'height="480"').replace("<iframe ", '<iframe id="small" ');
    const site = await otherSite(`<div style="width:760px">${snippet.replace("<iframe ", '<iframe id="embed" ')}${small}</div>`);
    try {
      await page.goto(site.url);
      for (const [id, h] of [["embed", height], ["small", 480]] as const) {
        const iframe = page.locator(`#${id}`);
        // The frames load lazily, as the embed code asks: bring each into view first.
        await iframe.scrollIntoViewIfNeeded();
        const embed = page.frameLocator(`#${id}`);
        await expect(embed.getByRole("heading", { level: 1 })).toHaveText("Divergence over time, 2018–2019 summitry: 1 Jan 2018 to 31 Dec 2019");
        await expect(embed.getByRole("list", { name: "Event markers" }).getByRole("listitem")).toHaveText([
          "1Singapore summit joint statement (12 Jun 2018)",
          "2Hanoi summit ends with no deal (27 Feb 2019)",
        ]);
        const frame = (await iframe.boundingBox())!;
        expect(Math.round(frame.height)).toBe(h);
        const inside = async (name: string, loc: ReturnType<typeof embed.getByTestId>) => {
          await expect(loc, name).toBeVisible();
          const box = (await loc.boundingBox())!;
          expect(box.y, `${name} below the top of the ${h} px frame`).toBeGreaterThanOrEqual(frame.y);
          expect(box.y + box.height, `${name} inside the ${h} px frame`).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
        };
        await inside("title", embed.getByRole("heading", { level: 1 }));
        await inside("x-axis labels", embed.locator(".recharts-xAxis-tick-labels"));
        await inside("marker key", embed.getByRole("list", { name: "Event markers" }));
        await inside("source line", embed.getByTestId("embed-source"));
        await inside("coding date", embed.getByTestId("coding-horizon"));
        await inside("link back", embed.getByRole("link", { name: "View in Stance Atlas" }));
        // The plot is not squeezed to nothing to make room.
        expect((await embed.locator("svg.recharts-surface").boundingBox())!.height).toBeGreaterThanOrEqual(170);
      }
    } finally {
      await site.close();
    }
  });

  test("the link back opens the full view in the top window", async ({ page, baseURL }) => {
    const site = await otherSite(`<iframe id="embed" src="${baseURL}/embed/compare?a=ROK&amp;b=JPN&amp;asOf=2019-03-01" width="900" height="600"></iframe>`);
    try {
      await page.goto(site.url);
      await page.frameLocator("#embed").getByRole("link", { name: "View in Stance Atlas" }).click();
      await expect(page).toHaveURL(`${baseURL}/compare?a=ROK&b=JPN&asOf=2019-03-01`);
      await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    } finally {
      await site.close();
    }
  });

  test("the embeds' headers allow framing; every other page's refuse it", async ({ request }) => {
    for (const path of ["/embed/matrix?asOf=2019-03-01", "/embed/compare?a=USA&b=JPN", "/embed/divergence?pairs=ROK-JPN"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      const h = res.headers();
      expect(h["content-security-policy"], path).toContain("frame-ancestors *");
      expect(h["content-security-policy"], path).toContain("object-src 'none'");
      expect(h["x-frame-options"], path).toBeUndefined();
      expect(h["x-content-type-options"], path).toBe("nosniff");
    }
    for (const path of ["/", "/compare", "/divergence", "/embedded", "/admin/sign-in"]) {
      const h = (await request.get(path)).headers();
      expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(h["x-frame-options"], path).toBe("DENY");
    }
  });

  test("the compare and divergence embeds show their chart, title, source line and coding date", async ({ page }) => {
    await page.goto("/embed/compare?a=ROK&b=JPN&asOf=2019-03-01&sort=gap");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("South Korea and Japan: where they differ");
    await expect(page.getByTestId("gap-row-sequencing")).toHaveAttribute("data-distance", "0.75");
    await expect(page.getByTestId("embed-source")).toContainText("view as of 1 Mar 2019");

    await page.goto("/embed/divergence?pairs=ROK-JPN,USA-JPN");
    await expect(page.locator('figure[data-chart="divergence-timeline"] svg.recharts-surface')).toBeVisible();
    await expect(page.getByText("South Korea – Japan").first()).toBeVisible();
    await expect(page.getByTestId("coding-horizon")).toContainText("Positions coded through");

    // Bad input gets the same bounded checks as the views.
    await page.goto("/embed/compare?a=NOPE");
    await expect(page.getByRole("alert").filter({ hasText: "This link has a problem" })).toContainText("a must be");
  });
});

test.describe("[phone] the matrix first", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the first screen shows matrix cells; the date and event controls are behind one button", async ({ page }) => {
    await page.goto("/?asOf=2019-03-01");
    await expect(page.getByTestId("cell-ROK-sequencing")).toBeInViewport();
    const date = page.getByRole("region", { name: "Date" });
    await expect(date.getByLabel("As of", { exact: true })).toBeHidden();
    await date.getByText("Date & events").click();
    await expect(date.getByLabel("As of", { exact: true })).toBeVisible();
    await expect(date.getByRole("link", { name: /Hanoi/ })).toBeVisible();
  });

  test("the actor headings and the issue column stay in view when the matrix scrolls down and sideways", async ({ page }) => {
    await page.goto("/?asOf=2019-03-01");
    const box = page.locator(".mx-box");
    const header = page.getByRole("columnheader", { name: "North Korea" });
    const issue = page.getByRole("rowheader", { name: "Sanctions relief" });
    const before = (await box.boundingBox())!;
    await box.evaluate((el) => el.scrollTo(400, 600));
    await expect.poll(() => box.evaluate((el) => [el.scrollLeft > 0, el.scrollTop > 0])).toEqual([true, true]);
    const head = (await page.getByRole("columnheader", { name: "Issue" }).boundingBox())!;
    expect(Math.abs(head.y - before.y)).toBeLessThanOrEqual(2);
    // A column scrolled into view sideways has its heading at the top of the box too.
    await expect(header).toBeInViewport();
    expect(Math.abs((await header.boundingBox())!.y - before.y)).toBeLessThanOrEqual(2);
    const row = (await issue.boundingBox())!;
    expect(Math.abs(row.x - before.x)).toBeLessThanOrEqual(2);
  });
});

test.describe("[desktop] the date controls stay open", () => {
  test("at 1440 px the as-of field and the turning points show without a click", async ({ page }) => {
    await page.goto("/?asOf=2019-03-01");
    await expect(page.getByRole("region", { name: "Date" }).getByLabel("As of", { exact: true })).toBeVisible();
    await expect(page.getByText("Date & events")).toBeHidden();
  });
});
