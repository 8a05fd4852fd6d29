import { test, type Page } from "@playwright/test";
import { expect, query, signIn, stanceId, unique } from "./helpers";

async function expectRefused(page: Page) {
  await expect(page.getByRole("status").first()).toContainText("Nothing was saved");
}

test.describe("[admin] bad input", () => {
  test.describe.configure({ timeout: 180_000 });

  test("the stance form shows every message next to its field, keeps the input and writes nothing", async ({ page }) => {
    await signIn(page);
    const id = stanceId("CHN", "joint-exercises", "2017-03-01");
    const before = query("select version, summary, (select count(*) from stances where actor_id = s.actor_id and issue_id = s.issue_id) as n from stances s where id = ?", id);
    await page.goto(`/admin/stances/${id}`);
    await page.getByLabel("Record a new stance from a date").check();
    await page.getByLabel(/New stance starts on/).fill("2031-02-30");
    await page.getByLabel("Summary").fill("");
    // A position outside the scale, as a tampered form would send it.
    await page.getByRole("group", { name: "Position on the issue’s scale" }).getByLabel(/^\+2 ·/).evaluate((el: HTMLInputElement) => {
      el.value = "7";
      el.checked = true;
    });
    const item = page.getByRole("group", { name: "Evidence item 1" });
    await item.getByLabel("URL").fill("JavaScript:alert(document.cookie)");
    await item.getByLabel(/^Source title/).fill("x".repeat(301));
    await page.getByRole("button", { name: "Record new stance" }).click();
    await expectRefused(page);

    const summary = page.getByLabel("Summary");
    await expect(summary).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator(`#${(await summary.getAttribute("aria-describedby"))!.split(" ").at(-1)}`)).toHaveText("Summary is required.");
    await expect(page.getByText("Give the date the new stance starts, as a real date in YYYY-MM-DD form")).toBeVisible();
    await expect(page.getByText("Choose a position from the issue's scale")).toBeVisible();
    await expect(page.getByText("URL must be a web address starting with http:// or https://.")).toBeVisible();
    await expect(page.getByText("Source title must be at most 300 characters.")).toBeVisible();
    // The input is kept.
    await expect(page.getByLabel(/New stance starts on/)).toHaveValue("2031-02-30");
    await expect(item.getByLabel("URL")).toHaveValue("JavaScript:alert(document.cookie)");
    await expect(item.getByLabel("URL")).toHaveAttribute("aria-invalid", "true");
    expect(query("select version, summary, (select count(*) from stances where actor_id = s.actor_id and issue_id = s.issue_id) as n from stances s where id = ?", id)).toEqual(before);

    // Adding and removing evidence items is keyboard-operable; removing the only item is refused on save.
    await page.getByRole("button", { name: "Remove evidence item 1" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("group", { name: "Evidence item 1" })).toHaveCount(0);
    await page.getByLabel(/New stance starts on/).fill("2031-04-01");
    await page.getByLabel("Summary").fill(unique("no evidence"));
    await page.getByRole("button", { name: "Record new stance" }).click();
    await expect(page.getByText("Give at least one evidence item")).toBeVisible();
    expect(query("select version, summary, (select count(*) from stances where actor_id = s.actor_id and issue_id = s.issue_id) as n from stances s where id = ?", id)).toEqual(before);
  });

  test("the actor, issue, event and user forms refuse bad input, keep it, and write nothing", async ({ page }) => {
    await signIn(page);
    const counts = () => query("select (select count(*) from actors) as a, (select count(*) from issues) as i, (select count(*) from events) as e, (select count(*) from audit_log where action = 'create' and entity_type <> 'stance' and entity_type <> 'user') as c");
    const before = counts();

    await page.goto("/admin/actors/new");
    await page.getByLabel(/^Code/).fill("x1");
    await page.getByLabel(/^Name/).fill("");
    await page.getByLabel(/^Short name/).fill("s".repeat(41));
    await page.getByRole("button", { name: "Add actor" }).click();
    await expectRefused(page);
    await expect(page.getByText("Code must be 2 to 8 capital letters")).toBeVisible();
    await expect(page.getByText("Name is required.")).toBeVisible();
    await expect(page.getByText("Short name must be at most 40 characters.")).toBeVisible();
    await expect(page.getByLabel(/^Code/)).toHaveValue("x1");

    await page.goto("/admin/issues/new");
    await page.getByLabel(/^Slug/).fill("Bad Slug!");
    await page.getByLabel(/^Title/).fill("A title kept on error");
    await page.getByRole("button", { name: "Add issue" }).click();
    await expectRefused(page);
    await expect(page.getByText("Slug must be lowercase letters")).toBeVisible();
    await expect(page.getByText("The −2 label is required.")).toBeVisible();
    await expect(page.getByLabel(/^Title/)).toHaveValue("A title kept on error");

    await page.goto("/admin/events/new");
    await page.getByLabel(/^Date/).fill("2019-13-45");
    await page.getByLabel(/^Title/).fill("t".repeat(201));
    await page.getByRole("button", { name: "Add event" }).click();
    await expectRefused(page);
    await expect(page.getByText("Date must be a real date in YYYY-MM-DD form")).toBeVisible();
    await expect(page.getByText("Title must be at most 200 characters.")).toBeVisible();
    await expect(page.getByText("Description is required.")).toBeVisible();
    await expect(page.getByLabel(/^Date/)).toHaveValue("2019-13-45");

    await page.goto("/admin/users");
    const add = page.getByRole("region", { name: "Add a user" });
    await add.getByLabel(/^Username/).fill("A");
    await add.getByRole("button", { name: "Add user" }).click();
    await expect(add.getByText("Username must be 3 to 40 characters")).toBeVisible();
    await expect(add.getByLabel(/^Username/)).toHaveValue("A");

    await page.goto("/admin/account");
    await page.getByLabel(/^Current password/).fill("wrong-wrong-wrong");
    await page.getByLabel(/^New password \(/).fill("short");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("The password must be at least 12 characters.")).toBeVisible();

    expect(counts()).toEqual(before);
  });
});
