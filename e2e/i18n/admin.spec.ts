/** The admin pages in Korean (signed in): no English interface words, the page's language on <html>. */
import { test } from "@playwright/test";
import { expect, signIn } from "../admin/helpers";
import { expectKoreanUi } from "./helpers";

test.describe.configure({ timeout: 120_000 });

test("[i18n] /ko/admin pages are in Korean", async ({ page }) => {
  await signIn(page);
  for (const path of ["/ko/admin", "/ko/admin/actors", "/ko/admin/issues", "/ko/admin/events", "/ko/admin/actors/ROK", "/ko/admin/issues/sequencing", "/ko/admin/actors/new", "/ko/admin/issues/new", "/ko/admin/stances/new?actor=ROK&issue=sequencing", "/ko/admin/review", "/ko/admin/audit", "/ko/admin/import", "/ko/admin/account", "/ko/admin/users"]) {
    await test.step(path, async () => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expectKoreanUi(page);
    });
  }
  await page.goto("/ko/admin");
  await page.getByRole("row").nth(1).getByRole("link", { name: /^편집/ }).click();
  await expect(page).toHaveURL(/\/ko\/admin\/stances\/\d+$/);
  await expectKoreanUi(page);
});
