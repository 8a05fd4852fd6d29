import { expect, test } from "@playwright/test";
import { expectKoreanUi } from "./helpers";

/**
 * The lean timeline and issue page (issue 15) in Korean: the compact event list, the folded history and the
 * issue's own list of events read in Korean, and a folded stance opens in full as of its date.
 */
test.describe.configure({ timeout: 60_000 });

test.describe("[i18n] lean timeline and issue page", () => {
  test("/ko/issues/<slug>: the stances in force in full, the others folded in Korean, each opening in full on its date", async ({ page }) => {
    await page.goto("/ko/issues/complete-denuclearization");
    await expect(page.getByRole("heading", { level: 2, name: "입장 이력과 근거" })).toBeVisible();
    await expect(page.locator('[data-testid="steps-USA"] svg.recharts-surface')).toBeVisible();
    const folded = page.locator("details.st-more").first();
    await folded.locator("summary").click();
    await expect(folded.locator("summary")).toContainText(/다른 입장 \d+건/);
    await expectKoreanUi(page);
    const link = folded.getByRole("link", { name: /^출처 \d+건$/ }).first();
    const href = (await link.getAttribute("href"))!;
    const [, asOf, id] = /^\/ko\/issues\/complete-denuclearization\?asOf=(\d{4}-\d{2}-\d{2})&stance=(\d+)#stance-\2$/.exec(href)!;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`asOf=${asOf}&stance=${id}#stance-${id}$`));
    const stance = page.locator(`#stance-${id}`);
    await expect(stance).toHaveAttribute("aria-current", "true");
    await expect(stance).toContainText(/: 따라온 입장/);
    await expect(stance).toBeInViewport();
    await expect(stance.getByTestId("review-line")).toBeVisible();
    await expectKoreanUi(page);
  });

  test("/ko/timeline?issue=<slug>: the issue page's list of events opens that issue on each date, in Korean", async ({ page }) => {
    await page.goto("/ko/issues/sanctions-relief");
    const title = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
    await page.getByRole("region", { name: "날짜" }).getByRole("link", { name: /사건 \d+건 전체/ }).click();
    await expect(page).toHaveURL(/\/ko\/timeline\?issue=sanctions-relief$/);
    await expect(page.getByTestId("event")).toHaveCount(76);
    await expectKoreanUi(page);
    const open = page.getByTestId("event").filter({ hasText: "2019년 2월 27일" }).first().getByRole("link", { name: `2019년 2월 27일 기준 ${title}`, exact: true });
    await open.click();
    await expect(page).toHaveURL(/\/ko\/issues\/sanctions-relief\?asOf=2019-02-27$/);
    await expect(page.getByTestId("view-date")).toHaveText("2019년 2월 27일 기준 입장");
  });
});
