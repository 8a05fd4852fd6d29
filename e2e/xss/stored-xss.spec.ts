import { test, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import Papa from "papaparse";
import { expect, formFields, signIn, toFormData } from "../admin/helpers";
import { bytesOf, exportVia, parseSvg } from "../export/helpers";

/**
 * Stored XSS. Runs in its own Playwright project against its own server and database (E2E_XSS_DATABASE_URL),
 * so the hostile actor and issue it adds do not change the counts the other e2e tests read. Hostile strings go
 * in through the admin actions (as an editor would type them) into an actor, an issue, a stance summary and an
 * evidence title and paraphrase; then every public page renders with a dialog listener that fails the test, the
 * SVG export carries no script, handler or javascript: link, and the CSV neutralises formula cells.
 */

const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = '"><script>alert(1)</script>';
const HOSTILE = {
  actorName: `-${SCRIPT} ${IMG}`,
  actorShort: IMG,
  issueTitle: `@${IMG}`,
  summary: `=HYPERLINK("javascript:alert(1)")${SCRIPT}`,
  evidenceTitle: `+${IMG}`,
  paraphrase: `${SCRIPT}${IMG}`,
};
const CODE = "XSSA";
const SLUG = "xss-probe";

function q<T>(sql: string, ...params: unknown[]): T {
  const db = new Database(process.env.E2E_XSS_DATABASE_URL!, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}

async function replay(page: Page, url: string, button: string, overrides: Record<string, string>): Promise<void> {
  await page.goto(url);
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: button }) }).first();
  const res = await page.request.post(url, { multipart: toFormData(await formFields(form), overrides), maxRedirects: 0 });
  expect(res.status(), `${button} at ${url}`).toBeLessThan(400);
}

test.describe("[security] stored XSS", () => {
  test.describe.configure({ timeout: 300_000 });

  test("hostile actor, issue, summary and evidence text render as text everywhere and in every export", async ({ page, baseURL }) => {
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(`${page.url()}: ${d.message()}`);
      void d.dismiss();
    });
    await signIn(page);

    // Through the admin actions, as submitted by the forms.
    await replay(page, "/admin/actors/new", "Add actor", { code: CODE, name: HOSTILE.actorName, shortName: HOSTILE.actorShort, color: "#CC79A7", displayOrder: "900", description: IMG });
    const scale = Object.fromEntries([0, 1, 2, 3, 4].map((i) => [`scale[${i}]`, `${IMG} ${i}`]));
    await replay(page, "/admin/issues/new", "Add issue", { slug: SLUG, title: HOSTILE.issueTitle, cluster: "security-order", definition: SCRIPT, displayOrder: "900", ...scale });
    const stance = q<{ id: number }>(
      `select s.id from stances s join actors a on a.id = s.actor_id join issues i on i.id = s.issue_id
       where a.code = 'CHN' and i.slug = 'security-order' and s.counterpart_id is null and s.valid_from <= '2019-03-01'
       order by s.valid_from desc limit 1`,
    ).id;
    // ?copyEvidence=1: the form with this stance's evidence (a new stance starts without), overwritten below.
    await replay(page, `/admin/stances/${stance}?copyEvidence=1`, "Record new stance", {
      mode: "correct",
      summary: HOSTILE.summary,
      "evidence[0].title": HOSTILE.evidenceTitle,
      "evidence[0].paraphrase": HOSTILE.paraphrase,
      "evidence[0].url": "https://example.org/source",
    });
    // The hostile text is stored verbatim (so the checks below look at it).
    expect(q<{ name: string }>("select name from actors where code = ?", CODE)?.name).toBe(HOSTILE.actorName);
    expect(q<{ title: string }>("select title from issues where slug = ?", SLUG)?.title).toBe(HOSTILE.issueTitle);
    expect(q<{ summary: string }>("select summary from stances where id = ?", stance).summary).toBe(HOSTILE.summary);
    expect(q<{ p: string }>("select paraphrase as p from evidence where stance_id = ? order by sort_order limit 1", stance).p).toBe(HOSTILE.paraphrase);

    const pages = [
      "/",
      "/?asOf=2019-03-01",
      "/issues",
      `/issues/${SLUG}`,
      "/issues/security-order?asOf=2019-03-01",
      `/compare?a=${CODE}&b=CHN`,
      "/compare?a=CHN&b=RUS&asOf=2019-03-01",
      "/divergence",
      `/actors/${CODE}`,
      "/actors/CHN",
      "/timeline",
      "/changes",
      "/briefing?asOf=2019-03-01",
      "/admin/audit",
      "/admin/actors",
      `/admin/actors/${CODE}`,
      "/admin/issues",
      `/admin/issues/${SLUG}`,
      `/admin/stances/${stance}`,
    ];
    for (const path of pages) {
      const res = await page.goto(path);
      expect(res?.status() ?? 0, path).toBeLessThan(500);
      await page.waitForLoadState("load");
      // Rendered as text: no element came out of the hostile strings.
      expect(await page.locator('img[src="x"]').count(), `${path}: <img> from data`).toBe(0);
      expect(await page.locator("script").evaluateAll((s) => s.filter((e) => e.textContent?.includes("alert(1)") && !e.textContent?.includes("self.__next")).length), `${path}: <script> from data`).toBe(0);
    }
    await expect(page.getByText(HOSTILE.summary).first()).toBeVisible(); // the stance editor shows the summary as text
    await page.goto("/?asOf=2019-03-01");
    await expect(page.getByText(HOSTILE.actorShort).first()).toBeVisible();

    // SVG export of the matrix: no script, no event handler, no javascript: link.
    const svg = (await bytesOf(await exportVia(page, "Export stance matrix", /SVG vector/))).toString("utf8");
    const parsed = await parseSvg(page, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.forbidden).toBe(0);
    expect(parsed.handlers).toBe(0);
    const tags = svg.match(/<[^>]*>/g) ?? []; // markup only: the hostile text itself may say "onerror=" as text
    expect(tags.filter((t) => /^<script/i.test(t))).toEqual([]);
    expect(tags.filter((t) => /\son\w+\s*=/i.test(t))).toEqual([]);
    expect(tags.filter((t) => /javascript:/i.test(t))).toEqual([]);
    expect(parsed.texts.join(" ")).toContain("<img src=x"); // the hostile short name is in the export, as text

    // CSV: formula cells are neutralised with a leading ', numbers stay numbers.
    const csv = await (await page.request.get(`${baseURL}/api/v1/stances.csv?asOf=2019-03-01`)).text();
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    const cells = rows.slice(1).flat();
    expect(cells).toContain(`'${HOSTILE.summary}`);
    for (const cell of cells) {
      if (/^-?\d+(\.\d+)?$/.test(cell)) continue; // a number, e.g. position -2
      expect(cell, "formula-looking cell").not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(cells.some((c) => /^-\d$/.test(c)), "negative positions stay plain numbers").toBe(true);

    expect(dialogs, "no dialog fired").toEqual([]);
  });
});
