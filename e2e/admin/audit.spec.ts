import { test } from "@playwright/test";
import { expect, query, signIn, stanceId, unique } from "./helpers";

test.describe("[admin] audit log", () => {
  test("revert asks for confirmation, says what will change, and Cancel changes nothing", async ({ page }) => {
    await signIn(page);
    const id = stanceId("RUS", "inter-korean-cooperation", "2019-12-16");
    const before = query<{ summary: string }>("select summary from stances where id = ?", id).summary;
    const mine = unique("Audit confirm");
    await page.goto(`/admin/stances/${id}`);
    await page.getByLabel("Correct this stance").check();
    await page.getByLabel("Summary").fill(mine);
    await page.getByRole("button", { name: "Save correction" }).click();
    await expect(page.getByTestId("saved-message")).toBeVisible();
    const auditId = query<{ id: number }>("select max(id) as id from audit_log where entity_type = 'stance' and entity_id = ?", id).id;

    await page.goto(`/admin/audit?entity=stance&id=${id}`);
    const entry = page.getByTestId(`audit-${auditId}`);
    await entry.getByRole("button", { name: `Revert #${auditId}` }).click();
    const confirm = entry.getByTestId("revert-confirm");
    await expect(confirm).toContainText("These fields go back to their values before this entry");
    await expect(confirm.getByText("summary", { exact: true })).toBeVisible();
    await expect(confirm.locator("del")).toHaveText(mine);
    await expect(confirm.locator("ins")).toHaveText(before);
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(confirm).toHaveCount(0);
    expect(query<{ summary: string }>("select summary from stances where id = ?", id).summary).toBe(mine);

    await entry.getByRole("button", { name: `Revert #${auditId}` }).click();
    await entry.getByRole("button", { name: `Confirm revert #${auditId}` }).click();
    await expect(entry.getByRole("status")).toContainText(`Reverted entry #${auditId}`);
    expect(query<{ summary: string }>("select summary from stances where id = ?", id).summary).toBe(before);
  });

  test("filters by user, entity type, entity, action and date range through the URL, 50 per page", async ({ page }) => {
    test.setTimeout(240_000);
    await signIn(page);
    // Enough entries for two pages: corrections of one stance (same values: each is an audited update).
    const id = stanceId("RUS", "complete-denuclearization", "2024-09-26");
    const existing = query<{ n: number }>("select count(*) as n from audit_log where entity_type = 'stance' and entity_id = ? and action = 'update'", id).n;
    for (let i = existing; i < 52; i++) {
      await page.goto(`/admin/stances/${id}`);
      await page.getByLabel("Correct this stance").check();
      await page.getByRole("button", { name: "Save correction" }).click();
      await expect(page.getByTestId("saved-message")).toBeVisible();
    }
    const total = query<{ n: number }>("select count(*) as n from audit_log where entity_type = 'stance' and entity_id = ? and action = 'update'", id).n;
    const today = new Date().toISOString().slice(0, 10);

    await page.goto("/admin/audit");
    const form = page.getByRole("form", { name: "Filter the audit log" });
    await form.getByLabel("User").selectOption(process.env.E2E_ADMIN_USERNAME!);
    await form.getByLabel("Entity type").selectOption("stance");
    await form.getByLabel("Entity id").fill(String(id));
    await form.getByLabel("Action").selectOption("update");
    await form.getByLabel("From (UTC)").fill(today);
    await form.getByLabel("To (UTC)").fill(today);
    await form.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/audit\\?user=.+&entity=stance&id=${id}&action=update&from=${today}&to=${today}$`));
    await expect(page.getByTestId("audit-count")).toHaveText(`Entries 1–50 of ${total} matching, newest first.`);
    await expect(page.locator("li[data-testid^='audit-']")).toHaveCount(50);
    const pager = page.getByRole("navigation", { name: "Audit log pages" });
    await expect(pager).toContainText(`Page 1 of ${Math.ceil(total / 50)}`);
    await pager.getByRole("link", { name: "Older entries" }).click();
    await expect(page).toHaveURL(/&page=2$/);
    await expect(page.locator("li[data-testid^='audit-']")).toHaveCount(total - 50);
    // The controls still show the filter after the client-side move to page 2.
    await expect(form.getByLabel("Entity id")).toHaveValue(String(id));
    await expect(form.getByLabel("Action")).toHaveValue("update");

    // A date range without entries, and hostile values.
    await page.goto(`/admin/audit?entity=stance&id=${id}&from=2000-01-01&to=2000-01-31`);
    await expect(page.getByTestId("audit-count")).toHaveText("No entries match these filters.");
    for (const bad of ["user=nobody-here", "action=drop", "id=1e3", "page=0", "from=2026-02-30", "from=2026-02-01&to=2026-01-01", "entity=__proto__"]) {
      await page.goto(`/admin/audit?${bad}`);
      await expect(page.getByRole("link", { name: "Show the whole audit log" }), bad).toBeVisible();
    }
  });
});
