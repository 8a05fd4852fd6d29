import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { bytesOf, exportVia } from "./helpers";

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

test.describe("[export] spreadsheets", () => {
  test("the matrix as .xlsx from the Export menu opens with exceljs: sheet names, the grid, every stance", async ({ page, request }) => {
    await page.goto("/?asOf=2019-03-01");
    const download = await exportVia(page, "Export stance matrix", /Excel workbook/);
    expect(download.suggestedFilename()).toBe("stance-atlas_matrix_2019-03-01.xlsx");
    const bytes = await bytesOf(download);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Matrix", "Stances", "About"]);

    const api = await (await request.get("/api/v1/matrix?asOf=2019-03-01")).json();
    const grid = wb.getWorksheet("Matrix")!;
    const header = (grid.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(["Issue", "Cluster", `${api.actors[0].shortName} position`, `${api.actors[0].shortName} label`]);
    // A known cell: Japan on sanctions relief, position and label as in the API.
    const jpn = api.actors.findIndex((a: { code: string }) => a.code === "JPN");
    const issue = api.issues.find((i: { slug: string }) => i.slug === "sanctions-relief");
    const cell = api.cells.find((c: { actor: string; issue: string }) => c.actor === "JPN" && c.issue === "sanctions-relief");
    const row = grid.getRows(2, grid.rowCount - 1)!.find((r) => r.getCell(1).value === issue.title)!;
    expect(row.getCell(3 + jpn * 2).value).toBe(cell.position);
    expect(String(row.getCell(4 + jpn * 2).value)).toContain(issue.scale.find((p: { value: number }) => p.value === cell.position).label);

    const stances = wb.getWorksheet("Stances")!;
    const cols = (stances.getRow(1).values as unknown[]).slice(1);
    expect(cols).toContain("evidence_url");
    const rowsWithEvidence = api.cells.reduce((n: number, c: { evidence: unknown[] }) => n + Math.max(1, c.evidence.length), 0);
    expect(stances.rowCount - 1).toBe(rowsWithEvidence);
    expect(wb.getWorksheet("About")!.getCell("B1").value).toBe("2019-03-01");

    // The read API serves the same workbook; bad input is a 400.
    const res = await request.get("/api/v1/matrix.xlsx?asOf=2019-03-01");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("spreadsheetml");
    expect(res.headers()["x-coded-through"]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await res.body()).subarray(0, 2).toString("latin1")).toBe("PK");
    expect((await request.get("/api/v1/matrix.xlsx?asOf=2019-13-45")).status()).toBe(400);
    expect((await request.get("/api/v1/matrix.xlsx?unknown=1")).status()).toBe(400);
  });

  test("every CSV starts with a UTF-8 byte-order mark: the API, the matrix menu, a chart's menu, the long format", async ({ page, request }) => {
    const api = await (await request.get("/api/v1/stances.csv?asOf=2019-03-01")).body();
    expect(api.subarray(0, 3)).toEqual(BOM);
    expect(api.subarray(3, 8).toString()).toBe("as_of");

    await page.goto("/?asOf=2019-03-01");
    const matrixCsv = await bytesOf(await exportVia(page, "Export stance matrix", /^CSV data/));
    expect(matrixCsv.subarray(0, 3)).toEqual(BOM);
    expect(matrixCsv.subarray(3, 6)).not.toEqual(BOM);

    await page.goto("/compare?a=ROK&b=JPN&asOf=2019-03-01");
    const chartCsv = await bytesOf(await exportVia(page, /Export comparison of/, /CSV data/));
    expect(chartCsv.subarray(0, 3)).toEqual(BOM);

    await page.goto("/?asOf=2019-03-01");
    const download = await exportVia(page, "Export stance matrix", /CSV, long format/);
    expect(download.suggestedFilename()).toBe("stance-atlas_matrix-long_2019-03-01.csv");
    const long = await bytesOf(download);
    expect(long.subarray(0, 3)).toEqual(BOM);
    const rows = Papa.parse<Record<string, string>>(long.toString("utf8"), { header: true, skipEmptyLines: true }).data;
    expect(Object.keys(rows[0]).slice(0, 4)).toEqual(["as_of", "actor", "actor_name", "issue"]);
    for (const r of rows.filter((x) => x.evidence_url)) expect(r.evidence_url).toMatch(/^https?:\/\//);
    expect(rows.filter((r) => r.evidence_date).length).toBeGreaterThan(0);
    for (const r of rows) expect(r.evidence_date === "" || /^\d{4}(-\d{2}){0,2}$/.test(r.evidence_date)).toBe(true);
    const same = await (await request.get("/api/v1/stances-long.csv?asOf=2019-03-01")).body();
    expect(same.equals(long)).toBe(true);
  });
});
