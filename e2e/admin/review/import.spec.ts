/**
 * Spreadsheet import, on the isolated server: export the matrix as .xlsx, change two positions and add one stance
 * in the file as an analyst would in Excel, import it. The dry run lists exactly those three changes; applying
 * publishes them (the views show them at once); a file with a bad row shows the row's error and writes nothing.
 */
import ExcelJS from "exceljs";
import { test, type Page } from "@playwright/test";
import { expect, newSignedInPage, query } from "../helpers";

test.describe.configure({ timeout: 180_000 });

type Cell = { position: number | null };

async function exported(page: Page): Promise<ExcelJS.Workbook> {
  const res = await page.request.get("/api/v1/matrix.xlsx?asOf=2019-03-01");
  expect(res.status()).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
  return wb;
}

/** Column numbers of the Stances sheet by header. */
function columns(ws: ExcelJS.Worksheet): Map<string, number> {
  const out = new Map<string, number>();
  ws.getRow(1).eachCell((c, n) => out.set(String(c.value), n));
  return out;
}

/** Sets a stance's position on every row of that stance (one row per evidence item). */
function setPosition(ws: ExcelJS.Worksheet, col: Map<string, number>, actor: string, issue: string, position: number) {
  let n = 0;
  ws.eachRow((r, i) => {
    if (i === 1) return;
    if (r.getCell(col.get("actor")!).value === actor && r.getCell(col.get("issue")!).value === issue && !r.getCell(col.get("counterpart")!).value) {
      r.getCell(col.get("position")!).value = position;
      n++;
    }
  });
  expect(n, `${actor} ${issue} has rows in the export`).toBeGreaterThan(0);
}

async function upload(page: Page, wb: ExcelJS.Workbook, name: string) {
  await page.goto("/admin/import");
  await page.getByLabel(/Spreadsheet/).setInputFiles({ name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await wb.xlsx.writeBuffer()) });
  await page.getByRole("button", { name: "Check file (dry run)" }).click();
  await expect(page.getByTestId("dry-run")).toBeVisible({ timeout: 60_000 });
}

async function matrixPosition(page: Page, asOf: string, actor: string, issue: string): Promise<number | null> {
  const m = (await (await page.request.get(`/api/v1/matrix?asOf=${asOf}`)).json()) as { cells: (Cell & { actor: string; issue: string; counterpart: string | null; summary: string })[] };
  return m.cells.find((c) => c.actor === actor && c.issue === issue && !c.counterpart)?.position ?? null;
}

test.describe("[admin] spreadsheet import", () => {
  test("an exported workbook with two positions changed and one stance added imports exactly those three changes", async ({ browser }) => {
    const page = await newSignedInPage(browser);
    const before = { rok: await matrixPosition(page, "2019-03-01", "ROK", "verification"), jpn: await matrixPosition(page, "2019-03-01", "JPN", "verification") };
    const wb = await exported(page);
    const ws = wb.getWorksheet("Stances")!;
    const col = columns(ws);
    const flip = (p: number | null) => (p === null || p < 2 ? 2 : 1);
    setPosition(ws, col, "ROK", "verification", flip(before.rok));
    setPosition(ws, col, "JPN", "verification", flip(before.jpn));
    // A new dated stance: a copy of one row of China's, from 2034-05-01, with its own summary.
    let template: ExcelJS.CellValue[] | null = null;
    ws.eachRow((r, i) => {
      if (i > 1 && !template && r.getCell(col.get("actor")!).value === "CHN" && r.getCell(col.get("evidence_no")!).value) template = (r.values as ExcelJS.CellValue[]).slice(1);
    });
    expect(template).not.toBeNull();
    const added = ws.addRow(template!);
    added.getCell(col.get("valid_from")!).value = "2034-05-01";
    added.getCell(col.get("summary")!).value = "Imported: China restates its line";
    added.getCell(col.get("evidence_no")!).value = 1;
    const addedIssue = String(added.getCell(col.get("issue")!).value);

    await upload(page, wb, "matrix-edited.xlsx");
    await expect(page.getByTestId("dry-run-counts")).toContainText(/^1 new, 2 corrected, \d+ unchanged\./);
    const rows = page.getByTestId("import-changes").locator("tbody tr");
    await expect(rows).toHaveCount(3);
    await expect(rows.filter({ hasText: "ROK · verification" })).toContainText("Correction");
    await expect(rows.filter({ hasText: "JPN · verification" })).toContainText("Correction");
    await expect(rows.filter({ hasText: `CHN · ${addedIssue}` })).toContainText("New stance");

    await page.getByRole("button", { name: /Apply: publish 3 changes/ }).click();
    await expect(page.getByTestId("import-applied")).toContainText("Imported 1 new and 2 corrected stances");
    // The public read API shows them on the next request.
    expect(await matrixPosition(page, "2019-03-01", "ROK", "verification")).toBe(flip(before.rok));
    expect(await matrixPosition(page, "2019-03-01", "JPN", "verification")).toBe(flip(before.jpn));
    expect(await (await page.request.get("/api/v1/matrix?asOf=2034-06-01")).text()).toContain("Imported: China restates its line");
    const batch = query<{ b: string; n: number }>("select import_batch as b, count(*) as n from audit_log where import_batch is not null group by import_batch order by max(id) desc limit 1");
    expect(batch.n).toBe(3);
    await page.context().close();
  });

  test("a file with a bad row shows the row's error and column, offers no apply, and writes nothing", async ({ browser }) => {
    const page = await newSignedInPage(browser);
    // What an import writes carries its batch id (audit rows and drafts); other specs of this project write too, in
    // parallel, so the whole audit log is no measure of "nothing written".
    const IMPORTED = "select (select count(*) from audit_log where import_batch is not null) + (select count(*) from drafts where import_batch is not null) as n";
    const imported = query<{ n: number }>(IMPORTED).n;
    const wb = await exported(page);
    const ws = wb.getWorksheet("Stances")!;
    const col = columns(ws);
    // A stance with one evidence item (a single row), its position off the scale.
    let badRow = 0;
    ws.eachRow((r, i) => {
      if (i === 1 || badRow) return;
      const next = ws.getRow(i + 1);
      const same = (c: string) => next.getCell(col.get(c)!).value === r.getCell(col.get(c)!).value;
      if (!(same("actor") && same("issue") && same("valid_from"))) badRow = i;
    });
    expect(badRow).toBeGreaterThan(1);
    ws.getRow(badRow).getCell(col.get("position")!).value = 7;
    await upload(page, wb, "matrix-bad.xlsx");
    const errors = page.getByTestId("import-errors");
    await expect(errors).toBeVisible();
    await expect(errors.locator("tbody tr")).toHaveCount(1);
    await expect(errors.locator("tbody tr").first()).toContainText(String(badRow));
    await expect(errors.locator("tbody tr").first()).toContainText("position");
    await expect(page.getByRole("button", { name: /^Apply/ })).toHaveCount(0);
    expect(query<{ n: number }>(IMPORTED).n).toBe(imported);
    await page.context().close();
  });
});
