/**
 * What the admin area answers, on /ko, on the isolated server (these tests write): a refused save, a version
 * conflict, a draft sent back, the review setting, a revert and a refused revert, and an import's dry run with bad
 * rows. The mutations and the import return message codes (lib/admin/messages.ts); each answer must come in
 * Korean (expectKoreanUi on its region), and each step is checked in the database.
 */
import { test, type Page } from "@playwright/test";
import { expectKoreanUi } from "../../i18n/helpers";
// Particles after a number depend on how it is read (#12를, #13을): lib/i18n/josa.ts picks them, unit-tested there.
import { josa } from "../../../lib/i18n/josa";
import { auditOf, createEditor, expect, newSignedInPage, query, signIn, unique } from "../helpers";

test.describe.configure({ timeout: 180_000 });

/** A date in 2032 no other test uses, so timeline entries cannot collide. */
function freshDate(): string {
  const day = 1 + Math.floor(Math.random() * 27);
  const month = 1 + Math.floor(Math.random() * 12);
  return `2032-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Adds an event through the Korean form; `draft` saves it for review instead. Returns the page it lands on. */
async function fillEvent(page: Page, e: { title: string; titleKo: string; date: string }) {
  await page.goto("/ko/admin/events/new");
  await page.getByLabel(/^날짜/).fill(e.date);
  await page.getByLabel(/^제목\(영어\)/).fill(e.title);
  await page.getByLabel(/^제목\(한국어\)/).fill(e.titleKo);
  await page.getByLabel(/^신뢰도/).selectOption("medium");
  await page.getByLabel(/^설명\(영어\)/).fill("Added by the Korean results test.");
  await page.getByRole("group", { name: /관련 행위자/ }).getByRole("checkbox").first().check();
}

/** Clicks "#N 되돌리기" on the entity's Korean audit page, confirms, and returns the region that announces the outcome. */
async function revertKo(page: Page, entity: string, entityId: number, auditId: number) {
  await page.goto(`/ko/admin/audit?entity=${entity}&id=${entityId}`);
  const entry = page.getByTestId(`audit-${auditId}`);
  await entry.getByRole("button", { name: `#${auditId} 되돌리기`, exact: true }).click();
  await entry.getByRole("button", { name: `#${auditId} 되돌리기 확인` }).click();
  const outcome = entry.getByRole("status");
  await expect(outcome).toHaveText(/\S/);
  return outcome;
}

test.describe("[i18n] admin results in Korean", () => {
  test("a refused actor and a version conflict are explained in Korean", async ({ browser }) => {
    const page = await newSignedInPage(browser);
    // The database refuses a code that exists: the mutation's code, said in Korean beside the field.
    await page.goto("/ko/admin/actors/new");
    await page.getByLabel(/^코드/).fill("ROK");
    await page.getByLabel(/^이름\(영어\)/).fill("Duplicate of South Korea");
    await page.getByLabel(/^약칭\(영어\)/).fill("Duplicate");
    await page.getByLabel(/^설명\(영어\)/).fill("Refused: the code exists.");
    await page.getByRole("button", { name: "행위자 추가" }).click();
    const refused = page.getByText("코드가 ROK인 행위자가 이미 있습니다.");
    await expect(refused).toBeVisible();
    await expectKoreanUi(page, "form:has-text('코드가 ROK인')");
    expect(query<{ n: number }>("select count(*) as n from actors where name = 'Duplicate of South Korea'").n).toBe(0);

    // Two tabs open the same actor; the second save is a conflict, explained in Korean.
    const other = await newSignedInPage(browser);
    await page.goto("/ko/admin/actors/JPN");
    await other.goto("/ko/admin/actors/JPN");
    const version = query<{ version: number }>("select version from actors where code = 'JPN'").version;
    await other.getByLabel(/^설명\(한국어\)/).fill(unique("먼저 저장한 설명"));
    await other.getByRole("button", { name: "행위자 저장" }).click();
    await expect(other.getByTestId("saved-message")).toHaveText("저장했습니다. 다음 요청부터 매트릭스와 API에 반영됩니다.");
    await page.getByLabel(/^설명\(한국어\)/).fill(unique("나중에 저장한 설명"));
    await page.getByRole("button", { name: "행위자 저장" }).click();
    const conflict = page.getByRole("alert").filter({ hasText: "다른 사람이 먼저 저장했습니다" });
    await expect(conflict).toContainText("이 행위자를 연 뒤 다른 사람이 저장했습니다.");
    await expectKoreanUi(page, "[role='alert'] p:has-text('연 뒤')");
    expect(query<{ version: number }>("select version from actors where code = 'JPN'").version).toBe(version + 1);
    await other.context().close();
    await page.context().close();
  });

  test("a draft sent back, and the review setting, are answered in Korean; the queue names the draft in Korean", async ({ browser }) => {
    const editor = await createEditor(browser);
    const author = await newSignedInPage(browser, editor.username, editor.password);
    const title = unique("E2E Korean draft event");
    const titleKo = `검토용 사건 ${Date.now() % 1_000_000}`;
    await fillEvent(author, { title, titleKo, date: freshDate() });
    await author.getByRole("button", { name: "검토용 초안으로 저장" }).click();
    await expect(author.getByTestId("draft-submitted")).toContainText("초안 #");
    const draft = query<{ id: number; status: string }>("select id, status from drafts where payload like ?", `%${title}%`);
    expect(draft.status).toBe("pending");
    // The queue names the draft by its Korean title and date, not by the stored English summary.
    const card = author.getByTestId(`draft-${draft.id}`);
    await expect(card.getByRole("heading", { level: 3 })).toContainText(titleKo);
    await expectKoreanUi(author, `[data-testid="draft-${draft.id}"] h3`);

    const admin = await newSignedInPage(browser);
    await admin.goto("/ko/admin/review");
    // Saving the setting unchanged: the mutation says so, in Korean (the setting itself stays as it was).
    const setting = admin.getByRole("region", { name: "설정" });
    const required = query<{ v: string | null }>("select (select value from settings where key = 'review_required') as v").v;
    await setting.getByRole("button", { name: "설정 저장" }).click();
    await expect(setting.getByRole("status")).toHaveText("바뀐 것이 없습니다.");
    expect(query<{ v: string | null }>("select (select value from settings where key = 'review_required') as v").v).toBe(required);

    const adminCard = admin.getByTestId(`draft-${draft.id}`);
    await adminCard.getByLabel(`작성자에게 보낼 의견(초안 #${draft.id})`).fill("행위자와 출처를 더하십시오.");
    await adminCard.getByRole("button", { name: "돌려보내기" }).click();
    await expect(admin.getByTestId("review-outcome")).toHaveText(josa(`초안 #${draft.id}을(를) 의견과 함께 작성자에게 돌려보냈습니다. 공개된 것은 없습니다.`));
    await expectKoreanUi(admin, '[data-testid="review-outcome"]');
    expect(query<{ status: string }>("select status from drafts where id = ?", draft.id).status).toBe("sent-back");

    await author.goto("/ko/admin/review");
    const back = author.getByTestId(`sent-back-${draft.id}`);
    await expect(back.getByRole("heading")).toContainText(titleKo);
    await expectKoreanUi(author, `[data-testid="sent-back-${draft.id}"]`);
    await author.context().close();
    await admin.context().close();
  });

  test("a revert and a refused revert are answered in Korean, and the audit log summarises in Korean", async ({ page }) => {
    await signIn(page);
    const title = unique("E2E Korean revert event");
    const titleKo = `되돌릴 사건 ${Date.now() % 1_000_000}`;
    await fillEvent(page, { title, titleKo, date: freshDate() });
    await page.getByRole("button", { name: "사건 추가" }).click();
    await expect(page).toHaveURL(/\/ko\/admin\/events\/\d+\?saved=1$/);
    const id = Number(/\/admin\/events\/(\d+)/.exec(page.url())![1]);
    for (const text of ["첫 번째 수정", "두 번째 수정"]) {
      await page.goto(`/ko/admin/events/${id}`);
      await page.getByLabel(/^설명\(한국어\)/).fill(text);
      await page.getByRole("button", { name: "사건 저장" }).click();
      await expect(page.getByTestId("saved-message")).toBeVisible();
    }
    const [created, first, second] = auditOf("event", id);
    expect([created.action, first.action, second.action]).toEqual(["create", "update", "update"]);

    // The entries' summaries are Korean: the event named by its Korean title.
    await page.goto(`/ko/admin/audit?entity=event&id=${id}`);
    await expect(page.locator(`#audit-${created.id}-title`)).toHaveText(`#${created.id} · 사건 “${titleKo}” 추가`);
    await expect(page.locator(`#audit-${first.id}-title`)).toHaveText(`#${first.id} · 사건 “${titleKo}” 편집`);
    await expectKoreanUi(page, "ol:has([data-testid^='audit-'])");

    // The first edit cannot be reverted: the event changed after it.
    const refused = await revertKo(page, "event", id, first.id);
    await expect(refused).toContainText("되돌리지 않았습니다: 이 기록 뒤에 사건이 바뀌었습니다");
    await expectKoreanUi(page, `[data-testid="audit-${first.id}"] [role="status"]`);
    expect(query<{ version: number }>("select version from events where id = ?", id).version).toBe(3);

    // The last edit can: the earlier values come back.
    const done = await revertKo(page, "event", id, second.id);
    await expect(done).toHaveText(`${josa(`기록 #${second.id}을(를)`)} 되돌렸습니다. 사건이 이전 값으로 돌아갔습니다.`);
    await expectKoreanUi(page, `[data-testid="audit-${second.id}"] [role="status"]`);
    expect(query<{ d: string }>("select description_ko as d from events where id = ?", id).d).toBe("첫 번째 수정");
    const revert = auditOf("event", id).at(-1)!;
    expect(revert).toMatchObject({ action: "revert", revertsId: second.id });
    await page.goto(`/ko/admin/audit?entity=event&id=${id}`);
    await expect(page.locator(`#audit-${revert.id}-title`)).toHaveText(josa(`#${revert.id} · #${second.id} 되돌림: 사건 “${titleKo}”을(를) 이전 값으로 복원`));
  });

  test("an import's dry run explains bad rows and a bad file in Korean, and writes nothing", async ({ page }) => {
    await signIn(page);
    const before = query<{ n: number }>("select count(*) as n from audit_log").n;
    const csv = [
      "actor,issue,counterpart,valid_from,position,salience,confidence,summary,evidence_title",
      "XXX,sequencing,,2032-01-01,0,3,medium,Unknown actor,",
      "ROK,sequencing,,2032-01-01,7,3,sure,A bad position and confidence,",
    ].join("\n");
    await page.goto("/ko/admin/import");
    await page.getByLabel(/^스프레드시트/).setInputFiles({ name: "가져오기.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "파일 점검(시험 실행)" }).click();
    const errors = page.getByTestId("import-errors");
    await expect(errors).toBeVisible({ timeout: 60_000 });
    await expect(errors.getByRole("row").filter({ hasText: "actor" })).toContainText("알 수 없는 행위자");
    await expect(errors.getByRole("row").filter({ hasText: "confidence" })).toContainText("신뢰도를 고르십시오");
    await expectKoreanUi(page, '[data-testid="dry-run"]');

    // A file without the long format's header: the reader's refusal, in Korean.
    await page.getByLabel(/^스프레드시트/).setInputFiles({ name: "머리글없음.csv", mimeType: "text/csv", buffer: Buffer.from("a,b\n1,2\n") });
    await page.getByRole("button", { name: "파일 점검(시험 실행)" }).click();
    const status = page.locator('[role="status"]').filter({ hasText: "첫 줄에" });
    await expect(status).toContainText("긴 형식의 열 이름");
    await expectKoreanUi(page, "[role='status']:has-text('첫 줄에')");
    expect(query<{ n: number }>("select count(*) as n from audit_log").n).toBe(before);
  });
});
