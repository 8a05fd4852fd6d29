/**
 * Events through the admin UI, on the isolated server (playwright.config.ts): adding one, editing it, reverting the
 * edit, and deleting one (the app deletes an event by reverting the entry that created it). Each step is checked
 * in the database and on the public timeline.
 */
import { test, type Page } from "@playwright/test";
import { auditOf as auditOfEntity, expect, query, revertEntry, signIn, unique } from "../helpers";

const auditOf = (id: number) => auditOfEntity("event", id);
const revert = (page: Page, id: number, auditId: number) => revertEntry(page, "event", id, auditId);

test.describe.configure({ timeout: 120_000 });

type EventRow = { date: string; endDate: string | null; title: string; description: string; confidence: string; version: number; actors: string | null };

function eventRow(id: number): EventRow | undefined {
  return query<EventRow | undefined>(
    `select date, end_date as endDate, title, description, confidence, version,
            (select group_concat(code, ',') from (select a.code from event_actors ea join actors a on a.id = ea.actor_id
                                                  where ea.event_id = e.id order by a.code)) as actors
     from events e where id = ?`,
    id,
  );
}

/** A date in 2033 that no other test uses: one per test, so timeline entries cannot collide. */
function freshDate(): string {
  const day = 1 + Math.floor(Math.random() * 27);
  const month = 1 + Math.floor(Math.random() * 12);
  return `2033-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

async function addEvent(page: Page, e: { date: string; title: string; description: string; actors: string[] }): Promise<number> {
  await page.goto("/admin/events");
  await page.getByRole("link", { name: "Add event" }).click();
  await expect(page).toHaveURL(/\/admin\/events\/new$/);
  await page.getByLabel(/^Date/).fill(e.date);
  await page.getByLabel(/^Title/).fill(e.title);
  await page.getByLabel("Confidence").selectOption("medium");
  await page.getByLabel(/^Description/).fill(e.description);
  const involved = page.getByRole("group", { name: "Actors involved" });
  for (const a of e.actors) await involved.getByLabel(a, { exact: true }).check();
  await page.getByRole("button", { name: "Add event" }).click();
  await expect(page).toHaveURL(/\/admin\/events\/\d+\?saved=1$/);
  await expect(page.getByTestId("saved-message")).toContainText("Saved");
  return Number(/\/admin\/events\/(\d+)/.exec(page.url())![1]);
}

test.describe("[admin] events", () => {
  test("an event is added and edited through the forms, shows on the timeline, and reverting the edit restores it", async ({ page }) => {
    await signIn(page);
    const date = freshDate();
    const title = unique("E2E summit");
    const description = unique("Leaders met and agreed to keep talking");
    const id = await addEvent(page, { date, title, description, actors: ["South Korea", "Japan"] });
    expect(eventRow(id)).toEqual({ date, endDate: null, title, description, confidence: "medium", version: 1, actors: "JPN,ROK" });

    await page.goto("/timeline");
    const card = page.getByTestId("event").filter({ hasText: title });
    await expect(card).toHaveCount(1);
    await expect(card.locator("time")).toHaveAttribute("datetime", date);
    await expect(card).toContainText(description);
    await expect(card.getByRole("list", { name: "Actors involved" }).getByRole("listitem")).toHaveText(["South Korea", "Japan"]);

    // Edit: from the events list, a new title, an end date, Japan out and the United States in.
    await page.goto("/admin/events");
    await page.getByRole("link", { name: `Edit ${title}` }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/events/${id}$`));
    await expect(page.getByLabel(/^Title/)).toHaveValue(title);
    const edited = unique("E2E summit, renamed");
    const endDate = `${date.slice(0, 8)}28`;
    await page.getByLabel(/^Title/).fill(edited);
    await page.getByLabel(/^End date/).fill(endDate);
    const involved = page.getByRole("group", { name: "Actors involved" });
    await involved.getByLabel("Japan", { exact: true }).uncheck();
    await involved.getByLabel("United States", { exact: true }).check();
    await page.getByRole("button", { name: "Save event" }).click();
    await expect(page.getByTestId("saved-message")).toContainText("Saved. The timeline shows it");
    expect(eventRow(id)).toEqual({ date, endDate, title: edited, description, confidence: "medium", version: 2, actors: "ROK,USA" });

    await page.goto("/timeline");
    await expect(page.getByTestId("event").filter({ hasText: title })).toHaveCount(0);
    const renamed = page.getByTestId("event").filter({ hasText: edited });
    await expect(renamed.getByRole("list", { name: "Actors involved" }).getByRole("listitem")).toHaveText(["South Korea", "United States"]);

    // The audit log shows both changes; reverting the edit brings the first values back as a new entry.
    const [created, update] = auditOf(id);
    expect([created.action, update.action]).toEqual(["create", "update"]);
    await page.goto(`/admin/audit?entity=event&id=${id}`);
    await expect(page.getByTestId(`audit-${update.id}`).getByRole("row", { name: /^title/i })).toContainText(title);
    expect(await revert(page, id, update.id)).toBe(`Reverted entry #${update.id}: the event has its earlier values again.`);
    expect(eventRow(id)).toEqual({ date, endDate: null, title, description, confidence: "medium", version: 3, actors: "JPN,ROK" });
    expect(auditOf(id).map((a) => [a.action, a.revertsId])).toEqual([["create", null], ["update", null], ["revert", update.id]]);
    await page.goto("/timeline");
    await expect(page.getByTestId("event").filter({ hasText: title })).toHaveCount(1);
    await expect(page.getByTestId("event").filter({ hasText: edited })).toHaveCount(0);

    // The creation cannot be reverted now: the event changed after it. Nothing is removed.
    expect(await revert(page, id, created.id)).toContain(`Not reverted: The event was changed after this entry`);
    expect(eventRow(id)?.version).toBe(3);
  });

  test("an event is deleted by reverting the entry that added it: gone from the database, the timeline and the admin", async ({ page }) => {
    await signIn(page);
    const title = unique("E2E event to delete");
    const id = await addEvent(page, { date: freshDate(), title, description: "Added to be removed.", actors: ["China", "Russia"] });
    expect(eventRow(id)?.actors).toBe("CHN,RUS");
    await page.goto("/timeline");
    await expect(page.getByTestId("event").filter({ hasText: title })).toHaveCount(1);

    const [created] = auditOf(id);
    expect(created.action).toBe("create");
    expect(await revert(page, id, created.id)).toBe(`Reverted entry #${created.id}: the event it created was removed.`);
    expect(eventRow(id)).toBeUndefined();
    expect(query<{ n: number }>("select count(*) as n from event_actors where event_id = ?", id).n).toBe(0);
    expect(auditOf(id).map((a) => [a.action, a.revertsId])).toEqual([["create", null], ["revert", created.id]]);

    await page.goto("/timeline");
    await expect(page.getByRole("heading", { name: "Timeline" })).toBeVisible();
    await expect(page.getByTestId("event").filter({ hasText: title })).toHaveCount(0);
    await page.goto("/admin/events");
    await expect(page.getByRole("link", { name: `Edit ${title}` })).toHaveCount(0);
    expect((await page.goto(`/admin/events/${id}`))!.status()).toBe(404);
  });
});
