import { expect, test } from "@playwright/test";
import { expectKoreanUi } from "./helpers";

/**
 * The pages of issues, actors, changes, the timeline and the methodology on /ko: Korean interface, Korean
 * dates, Korean data where it is stored, and errors for bad links in Korean.
 */

const KOREAN_DATE = /\d{4}년 \d{1,2}월 \d{1,2}일/;

test.describe("[i18n] Korean pages", () => {
  const PAGES = ["/ko/issues", "/ko/issues/sanctions-relief?asOf=2019-03-01", "/ko/actors", "/ko/actors/ROK", "/ko/changes", "/ko/timeline", "/ko/methodology"];

  for (const url of PAGES)
    test(`${url} is in Korean, with Korean dates`, async ({ page }) => {
      const res = await page.goto(url);
      expect(res?.status()).toBe(200);
      await expect(page.locator("h1")).toBeVisible();
      await expect(page.locator("h1")).toContainText(/[\uac00-\ud7a3]/);
      await expectKoreanUi(page);
      await expect(page.locator("main")).toContainText(KOREAN_DATE);
      await expect(page.locator("main")).not.toContainText(/\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/);
    });

  test("the issue page reads as of 2019년 3월 1일, with the cluster and the table in Korean", async ({ page }) => {
    await page.goto("/ko/issues/sanctions-relief?asOf=2019-03-01");
    await expect(page.getByTestId("view-date")).toHaveText("2019년 3월 1일 기준 입장");
    await expect(page.getByRole("columnheader", { name: "현저성" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "신뢰도" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "입장 이력과 근거" })).toBeVisible();
  });

  test("the issue list groups issues under the Korean cluster names", async ({ page }) => {
    await page.goto("/ko/issues");
    await expect(page.getByRole("heading", { level: 2, name: "비핵화", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "군사·안보 질서" })).toBeVisible();
  });

  test("the methodology is translated, section by section", async ({ page }) => {
    await page.goto("/ko/methodology");
    await expect(page.getByRole("heading", { level: 1, name: "방법론" })).toBeVisible();
    for (const h of ["입장을 코딩하는 방법", "척도와 양극", "현저성", "신뢰도", "입장 차이", "출처 정책", "코딩 기준일", "인용 방법"])
      await expect(page.getByRole("heading", { level: 2, name: h, exact: true })).toBeVisible();
    await expect(page.getByTestId("methodology-horizon")).toContainText(/\d{4}년 \d{1,2}월 \d{1,2}일까지 코딩된 입장/);
    await expect(page.getByTestId("citation")).toContainText(/^Stance Atlas, \d{4}-\d{2}-\d{2}까지 코딩된 입장, http:\/\/127\.0\.0\.1:\d+\/, \d{4}-\d{2}-\d{2} 접속$/);
  });

  test("the timeline filters by actor in Korean", async ({ page }) => {
    await page.goto("/ko/timeline?actor=ROK");
    await expect(page.getByRole("navigation", { name: "행위자별 보기" })).toBeVisible();
    await expect(page.getByText(/관련 사건 \d+건\./)).toBeVisible();
    await expectKoreanUi(page);
  });

  test("a bad query parameter gives a Korean error", async ({ page }) => {
    for (const [url, text] of [
      ["/ko/issues?asOf=2019-13-45", '기준일 값은 연-월-일 형식의 실제 날짜여야 합니다. 예: 2019-03-01 (입력값: "2019-13-45").'],
      ["/ko/actors/ROK?asOf=1900-01-01", "기준일 값은 1990-01-01 이후여야 합니다(입력값: 1900-01-01)."],
      ["/ko/changes?from=2020-01-01&to=2019-01-01", "시작일(2020-01-01)은 종료일(2019-01-01)보다 늦을 수 없습니다."],
      ["/ko/issues/sanctions-relief?stance=0", '입장 번호 값은 양의 정수여야 합니다(입력값: "0").'],
    ] as const) {
      await page.goto(url);
      await expect(page.locator("main").getByRole("alert"), url).toContainText(text);
      await expect(page.locator("main").getByRole("alert").getByRole("link")).toHaveAttribute("href", /^\/ko\//);
      await expectKoreanUi(page, "main [role=alert]");
    }
  });

  test("the English pages keep their English errors", async ({ page }) => {
    await page.goto("/issues?asOf=2019-13-45");
    await expect(page.locator("main").getByRole("alert")).toContainText('asOf must be a real date in YYYY-MM-DD form, e.g. 2019-03-01 (got "2019-13-45").');
  });
});
