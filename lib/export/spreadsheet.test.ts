import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { toCsv } from "../csv";
import { LONG_HEADER, longRows, matrixWorkbook, type FullMatrixData } from "./spreadsheet";

const scale = [-2, -1, 0, 1, 2].map((value) => ({ value, label: `label ${value}` }));
const m: FullMatrixData = {
  asOf: "2019-03-01",
  codedThrough: "2026-05-06",
  actors: [
    { code: "ROK", name: "Republic of Korea", shortName: "South Korea", color: "#0072B2" },
    { code: "DPRK", name: "DPRK", shortName: "North Korea", color: "#000000" },
  ],
  issues: [
    { slug: "sequencing", title: "Sequencing", cluster: "sanctions-sequencing", scale },
    { slug: "summit-diplomacy", title: "Summit diplomacy", cluster: "security-order", scale },
  ],
  cells: [
    {
      actor: "ROK", issue: "sequencing", counterpart: null, position: 1, salience: 5, confidence: "medium",
      summary: "=HYPERLINK(\"http://evil.example\",\"x\")", note: null, validFrom: "2018-01-01", validUntil: null, unsourced: false,
      evidence: [
        { title: "한국어 제목", publisher: "Yonhap", date: "2018-09-19", url: "https://example.org/a", paraphrase: "p", quote: null, note: null },
        { title: "日本語", publisher: "NHK", date: "2018-10", url: null, paraphrase: "q", quote: "three word quote", note: "-caveat" },
      ],
    },
    { actor: "DPRK", issue: "summit-diplomacy", counterpart: "ROK", position: -2, salience: 3, confidence: "low", summary: "s", note: "why", validFrom: "2024-01-01", validUntil: null, unsourced: true, evidence: [] },
  ],
};

describe("long format", () => {
  it("has one row per evidence item and one for an unsourced stance, with the documented columns", () => {
    const rows = longRows(m);
    expect(rows).toHaveLength(3);
    const csv = toCsv(LONG_HEADER, rows);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(Object.keys(parsed[0])).toEqual([...LONG_HEADER]);
    expect(parsed[0]).toMatchObject({ actor: "ROK", evidence_no: "1", evidence_title: "한국어 제목", evidence_url: "https://example.org/a", position: "1", position_label: "label 1" });
    expect(parsed[0].summary.startsWith("'=")).toBe(true);
    expect(parsed[1]).toMatchObject({ evidence_no: "2", evidence_title: "日本語", evidence_note: "'-caveat" });
    expect(parsed[2]).toMatchObject({ actor: "DPRK", counterpart: "ROK", unsourced: "yes", evidence_no: "", position: "-2" });
  });
});

describe("xlsx workbook", () => {
  it("opens with exceljs: three sheets, the grid, the stances with links, text never a formula", async () => {
    const wb = new ExcelJS.Workbook();
    const bytes = await matrixWorkbook(m);
    expect(Buffer.from(bytes.subarray(0, 2)).toString("latin1")).toBe("PK");
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Matrix", "Stances", "About"]);
    const grid = wb.getWorksheet("Matrix")!;
    expect(grid.getRow(1).values).toEqual([undefined, "Issue", "Cluster", "South Korea position", "South Korea label", "North Korea position", "North Korea label"]);
    expect(grid.getCell("A2").value).toBe("Sequencing");
    expect(grid.getCell("C2").value).toBe(1);
    expect(grid.getCell("D2").value).toBe("label 1");
    expect(grid.getCell("E2").value).toBe(null);
    expect(grid.getCell("F2").value).toBe("No stated position");
    expect(grid.getCell("A3").value).toBe("Summit diplomacy (toward South Korea)");
    expect(grid.getCell("E3").value).toBe(-2);
    expect(grid.getCell("F3").value).toBe("label -2 (low confidence) (unsourced)");
    const stances = wb.getWorksheet("Stances")!;
    const header = (stances.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...LONG_HEADER]);
    const col = (h: string) => LONG_HEADER.indexOf(h as (typeof LONG_HEADER)[number]) + 1;
    const summary = stances.getRow(2).getCell(col("summary"));
    expect(summary.type).toBe(ExcelJS.ValueType.String);
    expect(summary.value).toBe("=HYPERLINK(\"http://evil.example\",\"x\")");
    expect(summary.formula).toBeUndefined();
    expect(stances.getRow(2).getCell(col("evidence_url")).value).toEqual({ text: "https://example.org/a", hyperlink: "https://example.org/a" });
    expect(stances.getRow(2).getCell(col("evidence_title")).value).toBe("한국어 제목");
    expect(stances.getRow(3).getCell(col("evidence_note")).value).toBe("-caveat");
    expect(stances.rowCount).toBe(4);
    expect(wb.getWorksheet("About")!.getCell("B2").value).toBe("2026-05-06");
  });
});
