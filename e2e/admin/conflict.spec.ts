import { test } from "@playwright/test";
import { expect, newSignedInPage, query, stanceId, unique } from "./helpers";

test.describe("[admin] no lost updates", () => {
  test.describe.configure({ timeout: 180_000 });

  test("two editors correct the same stance: the second gets the conflict screen, reapplies, and revert restores", async ({ browser }) => {
    const id = stanceId("CHN", "end-of-war-declaration", "2018-01-01");
    const [a, b] = await Promise.all([newSignedInPage(browser), newSignedInPage(browser)]);
    await Promise.all([a.goto(`/admin/stances/${id}`), b.goto(`/admin/stances/${id}`)]);
    const startVersion = query<{ version: number }>("select version from stances where id = ?", id).version;
    const auditBefore = query<{ n: number }>("select count(*) as n from audit_log where entity_type = 'stance' and entity_id = ?", id).n;

    const theirs = unique("First editor's summary");
    await a.getByLabel("Correct this stance").check();
    await a.getByLabel("Summary").fill(theirs);
    await a.getByRole("button", { name: "Save correction" }).click();
    await expect(a.getByTestId("saved-message")).toContainText("Saved the correction");

    const mine = unique("Second editor's summary");
    await b.getByLabel("Correct this stance").check();
    await b.getByLabel("Summary").fill(mine);
    await b.getByRole("button", { name: "Save correction" }).click();
    await expect(b.getByRole("heading", { name: "Someone else saved this first" })).toBeVisible();
    await expect(b.getByTestId("theirs-Summary")).toHaveText(theirs);
    await expect(b.getByTestId("yours-Summary")).toHaveText(mine);
    // Nothing of the second save was written.
    expect(query<{ summary: string; version: number }>("select summary, version from stances where id = ?", id)).toEqual({ summary: theirs, version: startVersion + 1 });

    await b.getByRole("button", { name: "Reapply my changes on top" }).click();
    await expect(b.getByLabel("Summary")).toHaveValue(mine);
    await expect(b.getByLabel("Correct this stance")).toBeChecked();
    await b.getByRole("button", { name: "Save correction" }).click();
    await expect(b.getByTestId("saved-message")).toContainText("Saved the correction");
    expect(query<{ summary: string; version: number }>("select summary, version from stances where id = ?", id)).toEqual({ summary: mine, version: startVersion + 2 });
    expect(query<{ n: number }>("select count(*) as n from audit_log where entity_type = 'stance' and entity_id = ?", id).n).toBe(auditBefore + 2);

    // Revert the second correction from the audit log: the first editor's values come back.
    const last = query<{ id: number }>("select max(id) as id from audit_log where entity_type = 'stance' and entity_id = ?", id).id;
    await a.goto(`/admin/audit?entity=stance&id=${id}`);
    const entry = a.getByTestId(`audit-${last}`);
    await expect(entry).toContainText(mine);
    await entry.getByRole("button", { name: `Revert #${last}` }).click();
    await entry.getByRole("button", { name: `Confirm revert #${last}` }).click();
    await expect(entry.getByRole("status")).toContainText(`Reverted entry #${last}`);
    expect(query<{ summary: string; version: number }>("select summary, version from stances where id = ?", id)).toEqual({ summary: theirs, version: startVersion + 3 });
    const revert = query<{ action: string; revertsId: number; username: string }>(
      "select action, reverts_id as revertsId, username from audit_log where entity_type = 'stance' and entity_id = ? order by id desc limit 1",
      id,
    );
    expect(revert).toMatchObject({ action: "revert", revertsId: last });

    // The first correction can no longer be reverted blindly: the stance changed since.
    await a.reload();
    const first = query<{ id: number }>("select id from audit_log where entity_type = 'stance' and entity_id = ? and after like ? order by id limit 1", id, `%${theirs}%`).id;
    const older = a.getByTestId(`audit-${first}`);
    await older.getByRole("button", { name: `Revert #${first}` }).click();
    await older.getByRole("button", { name: `Confirm revert #${first}` }).click();
    await expect(older.getByRole("status")).toContainText("Not reverted");
    expect(query<{ version: number }>("select version from stances where id = ?", id).version).toBe(startVersion + 3);
    await a.context().close();
    await b.context().close();
  });
});
