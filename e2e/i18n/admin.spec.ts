/** The admin pages in Korean (signed in): no English interface words, the page's language on <html>. */
import { test } from "@playwright/test";
import { expect, signIn } from "../admin/helpers";
import type { Page } from "@playwright/test";
import { englishUiWords } from "./helpers";

/**
 * expectKoreanUi, except for data in form controls: an option or a textarea cannot mark a run of its text
 * lang="en", and the seed's Korean issue titles and definitions quote English terms ("complete denuclearization").
 * Those words may stay in options and textareas only; anywhere else on the page they fail.
 */
async function expectKoreanAdminUi(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  // Form values are data too: a Korean definition in a textarea may quote an English term ("corresponding measures").
  const data = [...(await page.locator("option").allTextContents()), ...(await page.locator("textarea").evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value)))];
  const inOptions = new Set(data.flatMap((t) => t.split(/[^A-Za-z]+/)));
  expect((await englishUiWords(page)).filter((w) => !inOptions.has(w)), "English interface words on a Korean page").toEqual([]);
  // The options' own interface words ("All issues", "Choose…") are in Korean.
  for (const first of await page.locator("select option:first-child").allTextContents()) expect(first).not.toMatch(/[A-Za-z]/);
}

test.describe.configure({ timeout: 120_000 });

test("[i18n] /ko/admin pages are in Korean", async ({ page }) => {
  await signIn(page);
  for (const path of ["/ko/admin", "/ko/admin/actors", "/ko/admin/issues", "/ko/admin/events", "/ko/admin/actors/ROK", "/ko/admin/issues/sequencing", "/ko/admin/actors/new", "/ko/admin/issues/new", "/ko/admin/stances/new?actor=ROK&issue=sequencing", "/ko/admin/review", "/ko/admin/audit", "/ko/admin/import", "/ko/admin/account", "/ko/admin/users"]) {
    await test.step(path, async () => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expectKoreanAdminUi(page);
    });
  }
  await page.goto("/ko/admin");
  await page.getByRole("row").nth(1).getByRole("link", { name: /^편집/ }).click();
  await expect(page).toHaveURL(/\/ko\/admin\/stances\/\d+$/);
  await expectKoreanAdminUi(page);
});
