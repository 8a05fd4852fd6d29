import { expect, test } from "@playwright/test";
import { expectKoreanUi } from "./helpers";

/** The matrix, the comparison and the three embeds on /ko: Korean interface, Korean dates, data read in Korean. */
test.describe("[i18n] matrix, compare and embeds in Korean", () => {
  test("/ko: the matrix in Korean, issue titles and actors from the database, cells linking to /ko/issues", async ({ page }) => {
    await page.goto("/ko?asOf=2019-03-01");
    const table = page.getByRole("table", { name: /입장 매트릭스/ });
    await expect(table).toBeVisible();
    await expect(table.locator("caption")).toContainText("2019년 3월 1일");
    for (const actor of ["한국", "일본", "미국", "북한"]) await expect(table.getByRole("columnheader", { name: actor, exact: true })).toBeVisible();
    await expect(table.getByRole("rowheader", { name: "제재 완화" })).toBeVisible();
    await expect(table.locator('th[scope="rowgroup"]').first()).toHaveText("비핵화");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("행위자별 입장");
    const cell = page.getByTestId("cell-USA-joint-exercises");
    await expect(cell).toHaveAttribute("href", /^\/ko\/issues\/joint-exercises\?asOf=2019-03-01&stance=\d+#stance-\d+$/);
    await expect(table.locator('th[scope="row"] a').first()).toHaveAttribute("href", /^\/ko\/issues\//);
    await expectKoreanUi(page);
  });

  test("/ko: the date form and the cluster filter stay on /ko; the Share link is the Korean view", async ({ page }) => {
    await page.goto("/ko?asOf=2018-06-11");
    await page.getByLabel("기준일").fill("2018-06-12");
    await page.getByRole("button", { name: "보기", exact: true }).click();
    await expect(page).toHaveURL(/\/ko\/?\?.*asOf=2018-06-12/);
    await expect(page.getByTestId("cell-USA-joint-exercises")).toHaveAttribute("data-position", "1");
    await expect(page.getByRole("table", { name: /입장 매트릭스/ })).toContainText("2018년 6월 12일");
    await page.getByRole("navigation", { name: "쟁점군별 보기" }).getByRole("link", { name: "비핵화" }).click();
    await expect(page).toHaveURL(/\/ko\/?\?.*cluster=denuclearization/);
    await expect(page.locator('th[scope="rowgroup"]')).toHaveCount(1);
    await page.getByRole("button", { name: "공유" }).click();
    const dialog = page.getByRole("dialog", { name: "이 화면 공유" });
    await expect(dialog.getByLabel(/고정 링크/)).toHaveValue(/\/ko\?.*asOf=2018-06-12/);
    await expect(dialog.getByLabel(/삽입 코드/)).toHaveValue(/\/ko\/embed\/matrix\?.*title="입장 매트릭스 \(Stance Atlas\)"/s);
    for (const name of ["링크 복사", "삽입 코드 복사", "닫기"]) await expect(dialog.getByRole("button", { name })).toBeVisible();
  });

  test("/ko: the tooltip gives the stance's Korean summary", async ({ page }) => {
    await page.goto("/ko?asOf=2019-03-01");
    const tipRequest = page.waitForRequest(/\/api\/v1\/stances\/\d+\?lang=ko$/);
    const cell = page.getByTestId("cell-JPN-missile-scope");
    await expect(async () => {
      await cell.blur();
      await cell.focus();
      await expect(cell).toHaveAttribute("aria-describedby", "mx-tip", { timeout: 1_000 });
    }).toPass();
    await tipRequest;
    const tip = page.getByRole("tooltip");
    await expect(tip).toBeVisible();
    await expect(tip).toContainText("일본");
    await expect(tip).toContainText(/현저성 \d\/5/);
    await expect(tip).toContainText(/^일본: [^A-Za-z]*[\uac00-\ud7a3].*\d{4}년 \d{1,2}월 \d{1,2}일부터 · 현저성 \d\/5 · 신뢰도 (높음|중간|낮음) · 근거 \d+건$/);
  });

  test("/ko/compare: South Korea and Japan after Hanoi, in Korean", async ({ page }) => {
    await page.goto("/ko/compare?a=ROK&b=JPN&asOf=2019-03-01");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("한국 – 일본");
    await expect(page.getByText("2019년 3월 1일 기준", { exact: false }).first()).toBeVisible();
    await expect(page.getByTestId("gap-row-sanctions-relief")).toContainText("제재 완화");
    await expect(page.getByTestId("gap-row-sanctions-relief").getByRole("link", { name: "제재 완화", exact: true })).toHaveAttribute("href", /^\/ko\/issues\/sanctions-relief/);
    await expect(page.locator("form[aria-label='비교 대상 선택']")).toHaveAttribute("action", "/ko/compare");
    await expect(page.getByRole("link", { name: "격차 큰 순" })).toHaveAttribute("href", /^\/ko\/compare\?/);
    await expectKoreanUi(page);
  });

  test("/ko/compare: one actor on two dates, dates in Korean", async ({ page }) => {
    await page.goto("/ko/compare?a=JPN&b=JPN&asOf=2018-05-01&asOfB=2019-06-01");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("일본: 2018년 5월 1일 대비 2019년 6월 1일");
    await expectKoreanUi(page);
  });

  for (const url of [
    "/ko/embed/matrix?asOf=2019-03-01",
    "/ko/embed/compare?a=ROK&b=JPN&asOf=2019-03-01",
    "/ko/embed/divergence?asOf=2019-03-01&pairs=ROK-JPN,USA-JPN",
  ]) {
    test(`${url.split("?")[0]}: Korean frame, Korean dates, the link back to the Korean view`, async ({ page }) => {
      await page.goto(url);
      await expect(page.getByTestId("embed-source")).toContainText("2019년 3월 1일 기준 화면");
      await expect(page.getByTestId("coding-horizon")).toContainText("까지 코딩된 입장");
      await expect(page.getByRole("link", { name: "Stance Atlas에서 보기" })).toHaveAttribute("href", /^\/ko(\/|\?)/);
      await expectKoreanUi(page);
    });
  }

  test("/ko/embed/matrix: Korean titles, cells opening /ko/issues in the top window", async ({ page }) => {
    await page.goto("/ko/embed/matrix?asOf=2019-03-01");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("행위자별 입장, 2019년 3월 1일");
    const cell = page.getByTestId("cell-USA-joint-exercises");
    await expect(cell).toHaveAttribute("href", /^\/ko\/issues\/joint-exercises\?/);
    await expect(cell).toHaveAttribute("target", "_top");
  });

  test("/ko/embed/compare: Korean issue titles and actor names", async ({ page }) => {
    await page.goto("/ko/embed/compare?a=ROK&b=JPN&asOf=2019-03-01");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("한국 – 일본: 입장이 다른 지점");
    await expect(page.getByTestId("gap-row-sanctions-relief")).toContainText("제재 완화");
  });

  test("/ko: an unknown page says so in Korean", async ({ page }) => {
    const res = await page.goto("/ko/issues/no-such-issue");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("페이지를 찾을 수 없습니다");
    await expect(page.getByRole("link", { name: "입장 매트릭스로 돌아가기" })).toHaveAttribute("href", "/ko");
  });
});
