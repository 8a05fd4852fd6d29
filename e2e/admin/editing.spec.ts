import { test, type Browser } from "@playwright/test";
import { createHash } from "node:crypto";
import { ADMIN, expect, newSignedInPage, query, queryAll, readDb, rawClient, sessionCookie, signIn, stanceId, submitAndWait, unique } from "./helpers";

/** A signed-in page of a browser context with JavaScript off (the forms as plain HTML). */
async function signedInWithoutJs(browser: Browser) {
  const signedIn = await newSignedInPage(browser);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.context().storageState() });
  await signedIn.context().close();
  return { context, page: await context.newPage() };
}

test.describe("[admin] editing stances", () => {
  // Sign-in hashes with scrypt (memory-hard, slow on purpose): give these flows room on a busy machine.
  test.describe.configure({ timeout: 120_000 });

  test("sign in, record a new stance from a date, see it in the matrix and the API, sign out: the cookie is dead", async ({ page, baseURL }) => {
    await signIn(page);
    const cookie = (await page.context().cookies()).find((c) => c.name === "sa_session")!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe("Lax");
    expect(cookie.path).toBe("/");

    // China on complete denuclearization, its latest seeded stance (the one the admin list links to, with evidence): a new
    // stance from 2031-03-01.
    const base = query<{ id: number; position: number | null }>(
      `select s.id, s.position from stances s join actors a on a.id = s.actor_id join issues i on i.id = s.issue_id
       where a.code = 'CHN' and i.slug = 'complete-denuclearization' and s.counterpart_id is null and s.valid_from < '2030-01-01' order by s.valid_from desc limit 1`,
    );
    const baseId = base.id;
    await page.goto("/admin?actor=CHN&issue=complete-denuclearization");
    await page.getByRole("link", { name: /Edit China on Meaning of "complete denuclearization"/ }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/stances/${baseId}$`));
    const summary = unique("E2E China shifts to full relief");
    await page.getByLabel("Record a new stance from a date").check();
    await page.getByLabel(/New stance starts on/).fill("2031-03-01");
    await page.getByRole("group", { name: "Position on the issue’s scale" }).getByLabel(/^\+2 ·/).check();
    await page.getByLabel("Summary").fill(summary);
    // The previous stance's evidence is not copied by default: one empty item; the button copies it, keeping what was typed.
    const evidenceOf = (id: number) =>
      queryAll<{ title: string; publisher: string; publishedOn: string }>(
        "select title, publisher, published_on as publishedOn from evidence where stance_id = ? order by sort_order, id",
        id,
      );
    const baseEvidence = evidenceOf(baseId);
    expect(baseEvidence.length).toBeGreaterThan(0);
    await expect(page.getByRole("group", { name: /^Evidence item / })).toHaveCount(1);
    await expect(page.getByRole("group", { name: "Evidence item 1" }).getByLabel(/^Source title/)).toHaveValue("");
    const copy = page.getByRole("button", { name: "Copy evidence from the previous stance" });
    await expect(copy).toHaveAccessibleDescription(/^From the stance of People's Republic of China on Meaning of "complete denuclearization" from \d{1,2} \w+ \d{4}: \d+ items?\./);
    await copy.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: `Copied the evidence of the stance of People's Republic of China on Meaning of "complete denuclearization"` })).toBeFocused();
    await expect(page.getByRole("group", { name: /^Evidence item / })).toHaveCount(baseEvidence.length);
    for (const [i, e] of baseEvidence.entries()) {
      const item = page.getByRole("group", { name: `Evidence item ${i + 1}`, exact: true });
      await expect(item.getByLabel(/^Source title/)).toHaveValue(e.title);
      await expect(item.getByLabel(/^Published/)).toHaveValue(e.publishedOn);
    }
    await expect(page.getByLabel("Summary")).toHaveValue(summary);
    await expect(page.getByLabel(/New stance starts on/)).toHaveValue("2031-03-01");
    await page.getByRole("button", { name: "Record new stance" }).click();
    await expect(page.getByTestId("saved-message")).toContainText("Recorded the new stance");

    const created = query<{ id: number; position: number; summary: string; version: number }>(
      "select id, position, summary, version from stances where summary = ?",
      summary,
    );
    expect(created.position).toBe(2);
    expect(evidenceOf(created.id)).toEqual(baseEvidence);
    await expect(page).toHaveURL(new RegExp(`/admin/stances/${created.id}\\?saved=new`));
    // The old stance stays as it was, in the history.
    expect(query<{ position: number | null }>("select position from stances where id = ?", baseId).position).toBe(base.position);
    expect(query<{ n: number }>("select count(*) as n from audit_log where entity_type = 'stance' and entity_id = ? and action = 'create'", created.id).n).toBe(1);

    await page.goto("/?asOf=2031-06-01");
    await expect(page.getByTestId("cell-CHN-complete-denuclearization")).toHaveAttribute("data-position", "2");
    await page.goto("/?asOf=2030-06-01");
    await expect(page.getByTestId("cell-CHN-complete-denuclearization")).toHaveAttribute("data-position", base.position === null ? "" : String(base.position));
    const api = await page.request.get("/api/v1/matrix?asOf=2031-06-01&actors=CHN");
    const body = (await api.json()) as { cells: { issue: string; position: number; summary: string }[] };
    expect(body.cells.find((c) => c.issue === "complete-denuclearization")).toMatchObject({ position: 2, summary });

    await page.getByRole("link", { name: "Admin", exact: true }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/admin\/sign-in/);
    const hash = createHash("sha256").update(cookie.value).digest("hex");
    expect(query<{ revokedAt: string | null }>("select revoked_at as revokedAt from sessions where token_hash = ?", hash).revokedAt).not.toBeNull();

    // The old cookie, replayed, no longer opens anything.
    const replay = await rawClient(baseURL!, cookie.value);
    const res = await replay.get("/admin", { maxRedirects: 0 });
    expect(res.status()).toBe(307);
    expect(res.headers()["location"]).toContain("/admin/sign-in");
    await replay.dispose();
  });

  test("wrong password and unknown user get the same message; after 3 failures a growing delay refuses tries before hashing", async ({ page }) => {
    const wrongPassword = async (username: string) => {
      await page.getByLabel("Username").fill(username);
      await page.getByLabel(/^Password/).fill("not-the-password-at-all");
      await submitAndWait(page, page.getByRole("button", { name: "Sign in" }));
    };
    await page.goto("/admin/sign-in");
    await wrongPassword(ADMIN.username);
    const status = page.getByRole("status");
    await expect(status).toContainText("The username or password is not right");
    const knownMessage = await status.textContent();

    const ghost = unique("nobody").toLowerCase();
    for (let i = 1; i <= 3; i++) {
      await wrongPassword(ghost);
      await expect(status).toHaveText(knownMessage!);
      // The username is kept in the form after an error.
      await expect(page.getByLabel("Username")).toHaveValue(ghost);
    }
    // From the 4th try on, each must wait 1, 2, 4 ... s after the latest failure. A round trip takes about a
    // second here, so within a few more tries one lands inside the delay and is refused, saying how long to wait.
    let refused = false;
    for (let i = 0; i < 6 && !refused; i++) {
      await wrongPassword(ghost);
      const text = (await status.textContent()) ?? "";
      refused = /Too many failed sign-in attempts\. Try again in \d+ seconds?\./.test(text);
      if (!refused) expect(text).toBe(knownMessage);
    }
    expect(refused, "a try inside the delay is refused").toBe(true);
    // A refused try is not hashed and not recorded: every recorded failure was a checked password.
    const failures = query<{ n: number }>("select count(*) as n from login_attempts where bucket = ?", `user:${ghost}`).n;
    expect(failures).toBeGreaterThanOrEqual(3);
    expect(failures).toBeLessThanOrEqual(9);
    // The admin's own single failure does not keep them out.
    await signIn(page);
  });

  test("each sign-in sets a new random token; the database keeps its SHA-256 for the signed-in user, never the token", async ({ page, browser }) => {
    await signIn(page);
    const first = await sessionCookie(page);
    const otherPage = await newSignedInPage(browser);
    const second = await sessionCookie(otherPage);
    await otherPage.context().close();
    expect(second).not.toBe(first);
    for (const token of [first, second]) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes, base64url
      const sha256 = createHash("sha256").update(token, "utf8").digest("hex");
      const rows = readDb();
      try {
        const stored = rows.prepare("select u.username, s.revoked_at as revokedAt from sessions s join users u on u.id = s.user_id where s.token_hash = ?").all(sha256);
        expect(stored).toEqual([{ username: ADMIN.username, revokedAt: null }]);
        // The token itself appears in no column of the sessions table.
        const raw = rows.prepare("select count(*) as n from sessions where token_hash = ? or instr(coalesce(token_hash, ''), ?) > 0").get(token, token) as { n: number };
        expect(raw.n).toBe(0);
      } finally {
        rows.close();
      }
    }
  });

  test("a first stance for an actor and issue without one: chosen in the URL, recorded, shown in the matrix", async ({ page }) => {
    await signIn(page);
    await page.goto("/admin");
    await page.getByRole("link", { name: "New stance" }).click();
    // Wait for the new page: until it has rendered, the list's own "Actor" filter is still on screen.
    await expect(page).toHaveURL(/\/admin\/stances\/new/);
    const series = page.getByRole("form", { name: "Choose the series" });
    await series.getByLabel("Actor").selectOption("RUS");
    await series.getByLabel("Issue").selectOption("abductions");
    await series.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/actor=RUS&issue=abductions/);
    const summary = unique("E2E Russia on the abductions");
    await page.getByLabel(/Stance starts on/).fill("2032-05-01");
    await page.getByRole("group", { name: "Position on the issue’s scale" }).getByLabel(/^0 ·/).check();
    await page.getByLabel("Summary").fill(summary);
    const item = page.getByRole("group", { name: "Evidence item 1" });
    await item.getByLabel(/^Source title/).fill("Test source");
    await item.getByLabel(/^Publisher/).fill("Test publisher");
    await item.getByLabel(/^Published/).fill("2032-04");
    await item.getByLabel("URL").fill("https://example.org/source");
    await item.getByLabel(/^Paraphrase/).fill("A paraphrase.");
    await page.getByRole("button", { name: "Record stance" }).click();
    await expect(page.getByTestId("saved-message")).toBeVisible();
    expect(query<{ position: number; url: string }>("select s.position, e.url from stances s join evidence e on e.stance_id = s.id where s.summary = ?", summary)).toEqual({ position: 0, url: "https://example.org/source" });
    await page.goto("/?asOf=2032-06-01");
    await expect(page.getByTestId("cell-RUS-abductions")).toHaveAttribute("data-position", "0");
  });
  test("without JavaScript, “Copy evidence from the previous stance” is a link that reloads the form with the evidence", async ({ browser }) => {
    const { context, page } = await signedInWithoutJs(browser);
    const id = stanceId("CHN", "security-order", "2017-01-01");
    const first = query<{ title: string }>("select title from evidence where stance_id = ? order by sort_order, id limit 1", id);
    await page.goto(`/admin/stances/${id}`);
    await expect(page.getByRole("group", { name: "Evidence item 1" }).getByLabel(/^Source title/)).toHaveValue("");
    await page.getByRole("link", { name: "Copy evidence from the previous stance" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/stances/${id}\\?copyEvidence=1$`));
    await expect(page.getByRole("group", { name: "Evidence item 1" }).getByLabel(/^Source title/)).toHaveValue(first.title);
    await expect(page.getByText("Copied the evidence of the stance of People's Republic of China on Security order")).toBeVisible();
    // The parameter is bounded: anything but 1 (or given twice) is refused with a message.
    for (const bad of ["2", "1&copyEvidence=1"]) {
      await page.goto(`/admin/stances/${id}?copyEvidence=${bad}`);
      await expect(page.getByRole("alert").filter({ hasText: "copyEvidence" })).toBeVisible();
    }
    await context.close();
  });
  test("without JavaScript, a correction opens from a link with the stance's evidence, and saves", async ({ browser }) => {
    const { context, page } = await signedInWithoutJs(browser);
    const id = stanceId("CHN", "inter-korean-cooperation", "2019-12-16");
    const before = query<{ version: number; validFrom: string }>("select version, valid_from as validFrom from stances where id = ?", id);
    const first = query<{ title: string }>("select title from evidence where stance_id = ? order by sort_order, id limit 1", id);
    await page.goto(`/admin/stances/${id}`);
    await page.getByRole("link", { name: "Open the form set up for a correction, with this stance’s evidence" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/stances/${id}\\?mode=correct$`));
    await expect(page.getByLabel("Correct this stance")).toBeChecked();
    await expect(page.getByTestId("correct-link")).toHaveCount(0);
    await expect(page.getByRole("group", { name: "Evidence item 1" }).getByLabel(/^Source title/)).toHaveValue(first.title);
    const mine = unique("E2E no-JS correction");
    await page.getByLabel("Summary").fill(mine);
    await page.getByRole("button", { name: "Save correction" }).click();
    await expect(page.getByTestId("saved-message")).toHaveText("Saved the correction. It is in the audit log.");
    const after = query<{ version: number; validFrom: string; summary: string; n: number }>(
      "select version, valid_from as validFrom, summary, (select count(*) from evidence where stance_id = s.id) as n from stances s where id = ?",
      id,
    );
    expect(after).toEqual({ version: before.version + 1, validFrom: before.validFrom, summary: mine, n: 1 });
    // The parameter is bounded like copyEvidence.
    await page.goto(`/admin/stances/${id}?mode=new`);
    await expect(page.getByRole("alert").filter({ hasText: "mode" })).toBeVisible();
    await context.close();
  });
});

