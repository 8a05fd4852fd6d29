/**
 * The admin area in Korean, on the isolated server (playwright.config.ts): Korean texts saved through the forms
 * reach the Korean public pages, missing Korean is marked "번역 없음" and counted, and form errors come in Korean.
 * Each step is checked in the database too.
 */
import { test } from "@playwright/test";
import { expectKoreanUi } from "../../i18n/helpers";
import { expect, query, signIn, submitAndWait } from "../helpers";

test.describe.configure({ timeout: 120_000 });

/** Hangul with a number that differs per run, so that an earlier run's text can never satisfy the checks. */
const koreanUnique = (prefix: string) => `${prefix} ${Date.now() % 1_000_000}`;

test.describe("[admin] Korean texts", () => {
  test("an actor's Korean short name is saved from /ko/admin and shown on /ko/actors/<code>", async ({ page }) => {
    await signIn(page);
    await page.goto("/ko/admin/actors/USA");
    await expectKoreanUi(page);
    const shortKo = koreanUnique("미합중국");
    await page.getByLabel("약칭(한국어)").fill(shortKo);
    await page.getByRole("button", { name: "행위자 저장" }).click();
    await expect(page).toHaveURL(/\/ko\/admin\/actors\/USA\?saved=1$/);
    await expect(page.getByTestId("saved-message")).toHaveText("저장했습니다. 다음 요청부터 매트릭스와 API에 반영됩니다.");
    expect(query<{ s: string }>("select short_name_ko as s from actors where code = 'USA'").s).toBe(shortKo);
    // The audit diff names the Korean field.
    const audit = query<{ after: string }>("select after from audit_log where entity_type = 'actor' order by id desc limit 1");
    expect(JSON.parse(audit.after)).toMatchObject({ code: "USA", shortNameKo: shortKo });

    await page.goto("/ko/admin/actors");
    await expect(page.getByTestId("actor-short-ko-USA")).toHaveText(shortKo);
    // The actor's page is titled with its short name (the list of actors shows full names).
    await page.goto("/ko/actors/USA");
    await expect(page).toHaveTitle(new RegExp(`^${shortKo}`));
  });

  test("a stance's Korean summary is saved as a correction and shown on /ko/issues/<slug>", async ({ page }) => {
    const target = query<{ id: number; slug: string }>(
      `select s.id, i.slug from stances s join actors a on a.id = s.actor_id join issues i on i.id = s.issue_id
       where a.code = 'USA' and s.valid_until is null and s.counterpart_id is null and s.position is not null
         and i.slug not in ('missile-scope', 'security-order')
       order by i.display_order limit 1`,
    );
    await signIn(page);
    await page.goto(`/ko/admin/stances/${target.id}`);
    await expectKoreanUi(page);
    const summaryKo = koreanUnique("한국어로 고친 요약");
    await page.getByLabel("이 입장 수정").check();
    await page.getByLabel("요약(한국어)").fill(summaryKo);
    await page.getByRole("button", { name: "수정 저장" }).click();
    await expect(page).toHaveURL(new RegExp(`/ko/admin/stances/${target.id}\\?saved=corrected$`));
    await expect(page.getByTestId("saved-message")).toHaveText("수정을 저장했습니다. 감사 기록에 남았습니다.");
    expect(query<{ s: string }>("select summary_ko as s from stances where id = ?", target.id).s).toBe(summaryKo);
    await expect(page.getByLabel("요약(한국어)")).toHaveValue(summaryKo);

    await page.goto(`/ko/issues/${target.slug}`);
    // The stance may be superseded (an open-ended row before a later one): the issue page shows the stances in force
    // in full and folds each actor's others, one line with its summary (issue 15); unfold them.
    for (const more of await page.locator("details.st-more").all()) await more.locator("summary").click();
    await expect(page.getByText(summaryKo).first()).toBeVisible();
  });

  test("missing Korean is marked 번역 없음 in the form and the list, and counted on the admin home; errors come in Korean", async ({ page }) => {
    await signIn(page);
    await page.goto("/ko/admin/events/new");
    // An empty form: every message in Korean.
    await submitAndWait(page, page.getByRole("button", { name: "사건 추가" }));
    await expect(page.getByText("저장하지 않았습니다. 아래 표시된 항목을 고치십시오.")).toBeVisible();
    await expect(page.locator("#f-title-error")).toHaveText("제목은 필수입니다.");
    await expect(page.locator("#f-date-error")).toHaveText("날짜는 필수입니다. 날짜는 연-월-일 형식의 실제 날짜여야 합니다(예: 2019-03-01).");
    await expectKoreanUi(page);

    const title = `E2E untranslated event ${Date.now().toString(36)}`;
    await page.getByLabel("날짜").first().fill("2035-05-05");
    await page.getByLabel("제목(영어)").fill(title);
    await page.getByLabel("설명(영어)").fill("Only in English so far.");
    await page.getByRole("button", { name: "사건 추가" }).click();
    await expect(page).toHaveURL(/\/ko\/admin\/events\/\d+\?saved=1$/);
    // The form marks the empty Korean fields.
    const koTitle = page.locator("label", { hasText: "제목(한국어)" });
    await expect(koTitle.getByTestId("not-translated")).toHaveText("번역 없음");
    expect(query<{ t: string | null }>("select title_ko as t from events where title = ?", title).t).toBeNull();

    await page.goto("/ko/admin/events");
    await expect(page.getByRole("row").filter({ hasText: title }).getByTestId("not-translated")).toHaveText("번역 없음");

    await page.goto("/ko/admin");
    const n = query<{ n: number }>("select count(*) as n from events where title_ko is null or trim(title_ko) = ''").n;
    await expect(page.getByTestId("missing-translations")).toContainText(`한국어 제목이 없는 사건 ${n}개`);
    const stances = query<{ n: number }>(
      "select count(*) as n from stances where (valid_until is null or valid_until > date('now')) and (summary_ko is null or trim(summary_ko) = '')",
    ).n;
    await expect(page.getByTestId("missing-stances")).toHaveText(
      stances ? `한국어 요약이 없는 입장 ${stances}개` : "유효한 모든 입장에 한국어 요약이 있습니다.",
    );
  });
});
