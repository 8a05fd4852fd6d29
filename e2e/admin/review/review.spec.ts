/**
 * Review before publication, on the isolated server: an editor saves a change as a draft, which no public view or
 * API answer shows; the author cannot approve it (not even by replaying the approve action); an admin approves
 * it, after which the public views show it at once and the audit row names both accounts.
 */
import { test } from "@playwright/test";
import { createEditor, expect, formFields, newSignedInPage, query, rawClient, sessionCookie, toFormData, unique } from "../helpers";

test.describe.configure({ timeout: 180_000 });

test.describe("[admin] review", () => {
  test("a draft stays private until a second account approves it; self-approval is refused; the audit row names both", async ({ browser, baseURL }) => {
    const editor = await createEditor(browser);
    const author = await newSignedInPage(browser, editor.username, editor.password);
    const base = query<{ id: number }>(
      `select s.id from stances s join actors a on a.id = s.actor_id join issues i on i.id = s.issue_id
       where a.code = 'CHN' and i.slug = 'security-order' and s.counterpart_id is null order by s.valid_from desc limit 1`,
    ).id;
    const summary = unique("Drafted China security line");
    await author.goto(`/admin/stances/${base}`);
    await author.getByLabel("Record a new stance from a date").check();
    await author.getByLabel(/New stance starts on/).fill("2034-03-01");
    await author.getByRole("group", { name: "Position on the issue’s scale" }).getByLabel(/^0 ·/).check();
    await author.getByLabel("Summary").fill(summary);
    await author.getByRole("button", { name: "Copy evidence from the previous stance" }).click();
    await author.getByRole("button", { name: "Save as draft for review" }).click();
    await expect(author.getByTestId("draft-submitted")).toBeVisible();
    const draft = query<{ id: number; status: string }>("select id, status from drafts where payload like ?", `%${summary}%`);
    expect(draft.status).toBe("pending");
    expect(query<{ n: number }>("select count(*) as n from stances where summary = ?", summary).n).toBe(0);

    // Not public: the matrix, the API and the issue page as of a date after it.
    const pub = await rawClient(baseURL!);
    expect(await (await pub.get("/api/v1/matrix?asOf=2034-06-01")).text()).not.toContain(summary);
    expect(await (await pub.get("/issues/security-order?asOf=2034-06-01")).text()).not.toContain(summary);
    expect(await (await pub.get("/?asOf=2034-06-01")).text()).not.toContain(summary);

    // The author's own card offers only withdrawing it.
    const card = author.getByTestId(`draft-${draft.id}`);
    await expect(card.getByRole("button", { name: "Withdraw my draft" })).toBeVisible();
    await expect(card.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);

    // The admin's page has the approve form; replayed with the author's cookie it is refused.
    const admin = await newSignedInPage(browser);
    await admin.goto("/admin/review");
    const adminCard = admin.getByTestId(`draft-${draft.id}`);
    const approveForm = adminCard.locator("form").filter({ has: admin.getByRole("button", { name: "Approve and publish" }) });
    const fields = await formFields(approveForm);
    const asAuthor = await rawClient(baseURL!, await sessionCookie(author));
    const replay = await asAuthor.post("/admin/review", { multipart: toFormData(fields), maxRedirects: 0 });
    expect(replay.status()).toBeLessThan(500);
    expect(query<{ status: string }>("select status from drafts where id = ?", draft.id).status).toBe("pending");
    expect(query<{ n: number }>("select count(*) as n from stances where summary = ?", summary).n).toBe(0);

    // The admin approves: public at once, and the audit row names the coder and the reviewer.
    await adminCard.getByRole("button", { name: "Approve and publish" }).click();
    await expect(admin.getByTestId("review-outcome")).toContainText(`Draft #${draft.id} approved and published`);
    await expect(admin.getByTestId(`draft-${draft.id}`)).toHaveCount(0);
    const published = query<{ id: number; reviewedBy: number | null }>("select id, reviewed_by as reviewedBy from stances where summary = ?", summary);
    expect(published.reviewedBy).not.toBeNull();
    const audit = query<{ username: string; reviewer: string }>(
      "select username, reviewer_username as reviewer from audit_log where entity_type = 'stance' and entity_id = ? order by id desc limit 1",
      published.id,
    );
    expect(audit).toEqual({ username: editor.username, reviewer: "e2e-admin" });
    expect(await (await pub.get("/api/v1/matrix?asOf=2034-06-01")).text()).toContain(summary);
    const issuePage = await (await pub.get("/issues/security-order?asOf=2034-06-01")).text();
    expect(issuePage).toContain(summary);
    expect(issuePage).toContain(`Coded by ${editor.username}`);
    await admin.goto("/admin/audit");
    await expect(admin.getByText(`reviewed by e2e-admin`).first()).toBeVisible();

    await pub.dispose();
    await asAuthor.dispose();
    await author.context().close();
    await admin.context().close();
  });

  test("an event change sent back with a comment stays private and shows the comment to its author", async ({ browser }) => {
    const editor = await createEditor(browser);
    const author = await newSignedInPage(browser, editor.username, editor.password);
    const title = unique("Drafted event");
    await author.goto("/admin/events/new");
    await author.getByLabel(/^Date/).fill("2034-04-04");
    await author.getByLabel(/^Title/).fill(title);
    await author.getByLabel(/^Description/).fill("A proposed event.");
    await author.getByRole("button", { name: "Save as draft for review" }).click();
    await expect(author.getByTestId("draft-submitted")).toBeVisible();
    const draft = query<{ id: number }>("select id from drafts where payload like ?", `%${title}%`);

    const admin = await newSignedInPage(browser);
    await admin.goto("/admin/review");
    const card = admin.getByTestId(`draft-${draft.id}`);
    await card.getByRole("button", { name: "Send back" }).click();
    await expect(card.getByText("Comment is required.")).toBeVisible();
    await card.getByLabel(/Comment for the author/).fill("Add the actors involved and a source.");
    await card.getByRole("button", { name: "Send back" }).click();
    await expect(admin.getByTestId("review-outcome")).toContainText(`Draft #${draft.id} sent back`);
    expect(query<{ n: number }>("select count(*) as n from events where title = ?", title).n).toBe(0);

    await author.goto("/admin/review");
    await expect(author.getByTestId(`sent-back-${draft.id}`)).toContainText("Add the actors involved and a source.");
    await author.context().close();
    await admin.context().close();
  });
});
