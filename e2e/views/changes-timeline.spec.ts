import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { addDays } from "../../lib/dates";

// These pages hydrate charts and client views; on a loaded 2-core machine a full test can exceed the default 30 s.
test.describe.configure({ timeout: 60_000 });

test.describe("[changes]", () => {
  test("defaults to the last 90 days of data, ending at the newest date in the data", async ({ page }) => {
    // The newest dated item: the seed's is the event of 6 May 2026 (the coding horizon), but admin tests may have added later stances.
    const db = new Database(process.env.E2E_DATABASE_URL!, { readonly: true, fileMustExist: true });
    const { newest } = db
      .prepare(
        `select max(d) as newest from (select valid_from as d from stances
           union all select date(valid_until, '+1 day') from stances where valid_until is not null
           union all select date from events)`,
      )
      .get() as { newest: string };
    db.close();
    expect(newest >= "2024-10-15").toBe(true);
    await page.goto("/changes");
    await expect(page.getByTestId("window-note")).toContainText("last 90 days of data");
    await expect(page.getByLabel("Up to")).toHaveValue(newest);
    await expect(page.getByLabel("Changed after")).toHaveValue(addDays(newest, -90));
    await expect(page.getByRole("heading", { name: /events? in the window/ })).toBeVisible();
  });

  test("Singapore to Hanoi lists the US joint-exercise suspension with old and new labels and evidence", async ({ page }) => {
    await page.goto("/changes?from=2018-06-01&to=2019-06-30");
    const usa = page.getByTestId("changes-USA");
    const change = usa.getByTestId("change").filter({ hasText: "US-ROK joint exercises" }).first();
    await expect(change).toContainText("12 Jun 2018");
    await expect(change).toContainText("Toward engagement");
    await expect(change).toContainText("Continue exercises, adjusting timing or profile");
    await expect(change).toContainText("Suspend or scale down to help diplomacy");
    await expect(change.getByRole("listitem").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: /events in the window/ })).toBeVisible();
  });

  test("the form keeps the window in the URL", async ({ page }) => {
    await page.goto("/changes");
    await page.getByLabel("Changed after").fill("2019-01-01");
    await page.getByLabel("Up to").fill("2019-03-01");
    await page.getByRole("button", { name: "Show changes" }).click();
    await expect(page).toHaveURL(/from=2019-01-01&to=2019-03-01/);
    await expect(page.getByLabel("Changed after")).toHaveValue("2019-01-01");
  });

  test("invalid or reversed dates get a clear message", async ({ page }) => {
    await page.goto("/changes?from=2019-13-01");
    await expect(page.getByRole("alert").filter({ hasText: "This link has a problem" })).toContainText("YYYY-MM-DD");
    await page.goto("/changes?from=2020-01-01&to=2019-01-01");
    await expect(page.getByRole("alert").filter({ hasText: "This link has a problem" })).toContainText("must not be after");
  });
});

test.describe("[timeline]", () => {
  test("lists the events and filters by actor in the URL", async ({ page }) => {
    await page.goto("/timeline");
    await expect(page.getByTestId("event")).toHaveCount(76);
    await page.getByRole("navigation", { name: "Filter by actor" }).getByRole("link", { name: "Russia" }).click();
    await expect(page).toHaveURL(/actor=RUS/);
    const events = page.getByTestId("event");
    const n = await events.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(76);
    for (let i = 0; i < n; i++) await expect(events.nth(i).getByRole("list", { name: "Actors involved" })).toContainText("Russia");
  });

  test("each event links to the matrix as of its date", async ({ page }) => {
    await page.goto("/timeline?actor=USA");
    await page.getByRole("link", { name: /Matrix as of 12 Jun 2018/ }).click();
    await expect(page).toHaveURL(/\/\?asOf=2018-06-12/);
    await expect(page.getByRole("table", { name: /Stance matrix/ })).toContainText("12 Jun 2018");
  });

  test("an unknown actor filter gets a clear message", async ({ page }) => {
    await page.goto("/timeline?actor=XYZ");
    await expect(page.getByRole("alert").filter({ hasText: "This link has a problem" })).toContainText("actor must be one of");
  });

  test("an unknown issue answers 404 with the not-found page, in both languages", async ({ page }) => {
    for (const path of ["/timeline?issue=no-such-issue", "/ko/timeline?issue=no-such-issue"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    const response = await page.goto("/timeline?issue=end-of-war-declaration");
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("event").first()).toBeVisible();
  });
});
