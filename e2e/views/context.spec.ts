import { expect, test, type Page } from "@playwright/test";

/** The controls of the compare form: what the analyst sees, not what the URL says. */
async function compareControls(page: Page) {
  const form = page.getByRole("form", { name: "Choose what to compare" });
  return {
    a: await form.getByLabel("Actor A").inputValue(),
    b: await form.getByLabel("Actor B").inputValue(),
    asOf: await form.getByLabel("As of", { exact: true }).inputValue(),
  };
}

for (const viewport of [
  { name: "desktop", width: 1440, height: 1000 },
  { name: "phone", width: 390, height: 844 },
]) {
  test.describe(`[context] ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test("after client-side navigation between presets the compare controls show what the URL says", async ({ page }) => {
      await page.goto("/");
      // Client-side: the header link, then the presets (no full page load in between).
      await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare", exact: true }).click();
      await expect(page).toHaveURL(/\/compare/);
      await page.getByRole("link", { name: "South Korea and Japan after Hanoi" }).click();
      await expect(page).toHaveURL(/asOf=2019-03-01/);
      await expect(page.getByText("as of 1 Mar 2019").first()).toBeVisible();
      await expect.poll(() => compareControls(page)).toEqual({ a: "ROK", b: "JPN", asOf: "2019-03-01" });

      await page.getByRole("link", { name: "the US and Japan after the May 2019 launches" }).click();
      await expect(page).toHaveURL(/a=USA&b=JPN&asOf=2019-06-01/);
      await expect.poll(() => compareControls(page)).toEqual({ a: "USA", b: "JPN", asOf: "2019-06-01" });

      // It was client-side all along: the marker set on the first page is still there.
      expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);

      // Changing actor B and pressing Compare (a plain GET form) keeps the date of the view.
      await page.getByLabel("Actor B").selectOption("ROK");
      await page.getByRole("button", { name: "Compare", exact: true }).click();
      await expect(page).toHaveURL(/a=USA&b=ROK&asOf=2019-06-01/);
      await expect(page.getByText("as of 1 Jun 2019").first()).toBeVisible();
    });
  });
}

test.describe("[context] back to a view", () => {
  test("after Back, the compare and divergence controls show the URL again, not what was typed before leaving", async ({ page }) => {
    await page.goto("/compare?a=ROK&b=JPN&asOf=2019-03-01");
    const form = page.getByRole("form", { name: "Choose what to compare" });
    await form.getByLabel("Actor B").selectOption("CHN");
    await form.getByLabel("As of", { exact: true }).fill("2020-01-01");
    await form.getByRole("button", { name: "Compare", exact: true }).click();
    await expect(page).toHaveURL(/b=CHN&asOf=2020-01-01/);
    await page.goBack();
    await expect(page).toHaveURL(/b=JPN&asOf=2019-03-01/);
    await expect(page.getByText("as of 1 Mar 2019").first()).toBeVisible();
    await expect.poll(() => compareControls(page)).toEqual({ a: "ROK", b: "JPN", asOf: "2019-03-01" });

    await page.goto("/divergence?asOf=2019-03-01");
    const asOf = page.getByLabel("As of", { exact: true }).first();
    await asOf.fill("2021-01-01");
    await asOf.press("Enter");
    await expect(page).toHaveURL(/asOf=2021-01-01/);
    await page.goBack();
    await expect(page).toHaveURL(/asOf=2019-03-01/);
    await expect.poll(() => asOf.inputValue()).toBe("2019-03-01");
  });
});

test.describe("[context] the date carried across views", () => {
  test("header links, compare to divergence, and the date control after client navigation", async ({ page }) => {
    await page.goto("/compare?a=ROK&b=JPN&asOf=2019-03-01");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Matrix", exact: true })).toHaveAttribute("href", "/?asOf=2019-03-01");
    await expect(nav.getByRole("link", { name: "Divergence", exact: true })).toHaveAttribute("href", "/divergence?a=ROK&b=JPN&asOf=2019-03-01");
    await expect(nav.getByRole("link", { name: "Methodology", exact: true })).toHaveAttribute("href", "/methodology");

    await page.getByRole("link", { name: "South Korea and Japan on the divergence page" }).click();
    await expect(page).toHaveURL(/\/divergence\?a=ROK&b=JPN&asOf=2019-03-01/);
    await expect(page.getByRole("region", { name: "Date" }).getByLabel("As of", { exact: true })).toHaveValue("2019-03-01");

    // Through the header to the matrix, then a turning point: the date box follows the URL each time.
    await nav.getByRole("link", { name: "Matrix", exact: true }).click();
    await expect(page).toHaveURL(/\/\?asOf=2019-03-01$/);
    const date = page.getByRole("region", { name: "Date" }).getByLabel("As of", { exact: true });
    await expect(date).toHaveValue("2019-03-01");
    const turning = page.getByRole("region", { name: "Date" }).getByRole("link", { name: /Singapore/ });
    if (await turning.count()) {
      const href = (await turning.first().getAttribute("href"))!;
      await turning.first().click();
      await expect(date).toHaveValue(new URLSearchParams(href.split("?")[1]).get("asOf")!);
    }
    // Issues and actors keep it too.
    await expect(nav.getByRole("link", { name: "Issues", exact: true })).toHaveAttribute("href", /\/issues\?asOf=\d{4}-\d{2}-\d{2}/);
  });

  test("a matrix cell opens the issue at that date, scrolled to and highlighting the actor's stance", async ({ page }) => {
    await page.goto("/?asOf=2019-03-01");
    const cell = page.getByTestId("cell-JPN-sanctions-relief");
    const href = (await cell.getAttribute("href"))!;
    expect(href).toMatch(/^\/issues\/sanctions-relief\?asOf=2019-03-01&stance=(\d+)#stance-\1$/);
    const id = href.match(/stance=(\d+)/)![1];
    await cell.click();
    await expect(page).toHaveURL(new RegExp(`/issues/sanctions-relief\\?asOf=2019-03-01&stance=${id}#stance-${id}$`));
    await expect(page.getByTestId("view-date")).toHaveText("Positions as of 1 Mar 2019");
    await expect(page.getByRole("heading", { name: /Positions as of/ })).toContainText("1 Mar 2019");
    const stance = page.locator(`#stance-${id}`);
    await expect(stance).toHaveAttribute("aria-current", "true");
    await expect(stance).toContainText("Japan: the stance you followed, in force on 1 Mar 2019");
    await expect(stance).toBeInViewport();
    // Back to the matrix at the same date.
    await expect(page.getByRole("link", { name: "Back to the matrix" })).toHaveAttribute("href", "/?asOf=2019-03-01");
  });

  test("issue and actor pages accept asOf and say which date they are for; bad values get a message", async ({ page }) => {
    await page.goto("/actors/ROK?asOf=2018-06-12");
    await expect(page.getByTestId("view-date")).toHaveText("Positions as of 12 Jun 2018");
    await page.goto("/issues?asOf=2018-06-12");
    await expect(page.getByRole("link", { name: "Sequencing" })).toHaveAttribute("href", "/issues/sequencing?asOf=2018-06-12");
    await page.goto("/issues/sequencing?asOf=2019-13-45");
    await expect(page.getByText(/asOf must be a real date/)).toBeVisible();
    await page.goto("/issues/sequencing?stance=__proto__");
    await expect(page.getByText(/stance must be a positive whole number/)).toBeVisible();
  });

  test("saliences name their side and the glossary explains the terms", async ({ page }) => {
    await page.goto("/compare?a=ROK&b=JPN&asOf=2019-03-01");
    await expect(page.getByTestId("salience").first()).toHaveText(/^South Korea [1-5–], Japan [1-5–]$/);
    const glossary = page.getByTestId("glossary");
    await glossary.getByText("Terms used here").click();
    for (const term of ["Salience-weighted divergence", "Pressure and accommodation poles", "Confidence", "CVID / FFVD"]) await expect(glossary.getByText(term, { exact: true })).toBeVisible();
  });
});
