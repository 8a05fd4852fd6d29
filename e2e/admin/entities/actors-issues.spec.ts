/**
 * Editing existing actors and issues through the admin forms, on the isolated server (playwright.config.ts), so the
 * renamed actor and issue never reach the pages other specs read. Each edit is checked in the database, on the
 * public pages and in the read API; reverting its audit entry puts the seeded values back.
 */
import { test } from "@playwright/test";
import { auditOf, expect, query, revertEntry, signIn, unique } from "../helpers";

test.describe.configure({ timeout: 120_000 });

type ActorRow = { id: number; code: string; name: string; shortName: string; color: string; displayOrder: number; description: string; version: number };
const actorRow = (code: string) =>
  query<ActorRow>("select id, code, name, short_name as shortName, color, display_order as displayOrder, description, version from actors where code = ?", code);

type IssueRow = { id: number; slug: string; title: string; cluster: string; definition: string; version: number; scale: string };
const issueRow = (slug: string) =>
  query<IssueRow>(
    `select id, slug, title, cluster, definition, version,
            (select json_group_array(label) from (select label from scale_points where issue_id = i.id order by value)) as scale
     from issues i where slug = ?`,
    slug,
  );

test.describe("[admin] editing actors and issues", () => {
  test("an actor's names, colour and description are edited; the matrix, actor page and API show it; revert restores", async ({ page, request }) => {
    await signIn(page);
    const before = actorRow("RUS");
    await page.goto("/admin/actors");
    await page.getByRole("link", { name: `Edit ${before.name}` }).click();
    await expect(page).toHaveURL(/\/admin\/actors\/RUS$/);
    await expect(page.getByLabel(/^Code/)).toHaveValue("RUS");
    await expect(page.getByLabel(/^Code/)).toHaveAttribute("readonly", "");

    const name = unique("E2E Russian Federation");
    const shortName = unique("Rus").slice(0, 40);
    const description = unique("Edited in the actor form");
    const color = before.color === "#CC79A7" ? "#56B4E9" : "#CC79A7";
    await page.getByLabel(/^Name/).fill(name);
    await page.getByLabel(/^Short name/).fill(shortName);
    await page.getByRole("group", { name: "Colour" }).getByRole("radio", { name: color }).check();
    await page.getByLabel("Description").fill(description);
    await page.getByRole("button", { name: "Save actor" }).click();
    await expect(page.getByTestId("saved-message")).toContainText("Saved. The matrix and the API show it");
    expect(actorRow("RUS")).toEqual({ ...before, name, shortName, color, description, version: before.version + 1 });

    await page.goto("/?asOf=2019-03-01");
    await expect(page.locator("thead abbr", { hasText: shortName })).toHaveAttribute("title", name);
    await page.goto("/actors/RUS");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByText(description)).toBeVisible();
    const api = (await (await request.get("/api/v1/matrix?actors=RUS")).json()) as { actors: { code: string; name: string; shortName: string; color: string }[] };
    expect(api.actors).toEqual([{ code: "RUS", name, shortName, color }]);

    const [update] = auditOf("actor", before.id).filter((a) => a.action === "update").slice(-1);
    expect(await revertEntry(page, "actor", before.id, update.id)).toBe(`Reverted entry #${update.id}: the actor has its earlier values again.`);
    expect(actorRow("RUS")).toEqual({ ...before, version: before.version + 2 });
    await page.goto("/?asOf=2019-03-01");
    await expect(page.locator("thead abbr", { hasText: before.shortName })).toHaveAttribute("title", before.name);
    await expect(page.locator("thead abbr", { hasText: shortName })).toHaveCount(0);
  });

  test("an issue's title, cluster, definition and a scale label are edited; its page shows them; revert restores", async ({ page }) => {
    await signIn(page);
    const before = issueRow("missile-scope");
    await page.goto("/admin/issues");
    await page.getByRole("link", { name: `Edit ${before.title}` }).click();
    await expect(page).toHaveURL(/\/admin\/issues\/missile-scope$/);
    await expect(page.getByLabel(/^Slug/)).toHaveAttribute("readonly", "");

    const title = unique("E2E Missile scope");
    const definition = unique("Which missiles a deal would cover, edited");
    const topLabel = unique("Every range limited, verified");
    const cluster = before.cluster === "security-order" ? "denuclearization" : "security-order";
    await page.getByLabel(/^Title/).fill(title);
    await page.getByLabel("Cluster").selectOption(cluster);
    await page.getByLabel(/^Neutral definition/).fill(definition);
    await page.getByLabel(/^\+2 label/).fill(topLabel);
    await page.getByRole("button", { name: "Save issue" }).click();
    await expect(page.getByTestId("saved-message")).toContainText("Saved. Every page and the API show it");
    const scale = JSON.parse(before.scale) as string[];
    expect(issueRow("missile-scope")).toEqual({ ...before, title, cluster, definition, scale: JSON.stringify([...scale.slice(0, 4), topLabel]), version: before.version + 1 });

    await page.goto("/issues/missile-scope");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText(definition)).toBeVisible();
    await expect(page.getByRole("region", { name: "Scale" }).getByRole("listitem").last()).toContainText(topLabel);

    const [update] = auditOf("issue", before.id).filter((a) => a.action === "update").slice(-1);
    expect(await revertEntry(page, "issue", before.id, update.id)).toBe(`Reverted entry #${update.id}: the issue has its earlier values again.`);
    expect(issueRow("missile-scope")).toEqual({ ...before, version: before.version + 2 });
    await page.goto("/issues/missile-scope");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(before.title);
    await expect(page.getByText(definition)).toHaveCount(0);
  });
});
