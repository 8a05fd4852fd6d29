import { describe, expect, it } from "vitest";
import { MATRIX_PAGE_ROWS, matrixHref, pageWindow, rowsPerPage, matrixViewKey, pageOf, parseMatrixQuery, parseMatrixViewKey } from "./matrix-view";

const TODAY = "2026-11-28";

describe("matrix selection", () => {
  it("defaults to today, all clusters, page 1", () => {
    expect(parseMatrixQuery({}, TODAY)).toEqual({ ok: true, value: { asOf: TODAY, cluster: undefined, page: 1 } });
  });

  it("reads asOf, cluster and page, and explains every bad one", () => {
    expect(parseMatrixQuery({ asOf: "2019-02-28", cluster: "denuclearization", page: "2" }, TODAY)).toEqual({
      ok: true,
      value: { asOf: "2019-02-28", cluster: "denuclearization", page: 2 },
    });
    const bad = parseMatrixQuery({ asOf: "2019-02-30", cluster: "nope", page: "0" }, TODAY);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error).toContain("asOf");
      expect(bad.error).toContain("cluster");
      expect(bad.error).toContain("page");
    }
    expect(parseMatrixQuery({ page: ["1", "2"] }, TODAY).ok).toBe(false);
    expect(parseMatrixQuery({ page: "12345" }, TODAY).ok).toBe(false);
  });

  it("links leave today and page 1 out of the URL", () => {
    expect(matrixHref({ asOf: TODAY, page: 1 }, TODAY)).toBe("/");
    expect(matrixHref({ asOf: "2019-02-28", cluster: "security-order", page: 3 }, TODAY)).toBe("/?asOf=2019-02-28&cluster=security-order&page=3");
  });

  it("the cache key round-trips and refuses anything else", () => {
    const sel = { asOf: "2019-02-28", cluster: "security-order", page: 2 };
    expect(parseMatrixViewKey(matrixViewKey(sel, TODAY))).toEqual({ today: TODAY, selection: sel });
    expect(parseMatrixViewKey(matrixViewKey({ asOf: TODAY, page: 1 }, TODAY))).toEqual({ today: TODAY, selection: { asOf: TODAY, cluster: undefined, page: 1 } });
    for (const junk of ["build", "2026-11-28~2026-11-28~all", "2026-11-28~2026-02-30~all~1", "2026-11-28~2026-11-28~nope~1", "2026-11-28~2026-11-28~all~0"])
      expect(parseMatrixViewKey(junk)).toBeNull();
  });
});

describe("rowsPerPage", () => {
  it("keeps pages near the cell budget: all rows for a few actors, fewer for many", () => {
    expect(rowsPerPage(6)).toBe(MATRIX_PAGE_ROWS);
    expect(rowsPerPage(30)).toBe(12);
    expect(rowsPerPage(200)).toBe(8);
    expect(rowsPerPage(0)).toBe(MATRIX_PAGE_ROWS);
  });
});

describe("pageOf", () => {
  it("slices rows into pages and reports the range shown", () => {
    const rows = Array.from({ length: 200 }, (_, i) => i);
    const first = pageOf(rows, 1);
    expect(first.items).toHaveLength(MATRIX_PAGE_ROWS);
    expect(first.pages).toBe(Math.ceil(200 / MATRIX_PAGE_ROWS));
    const last = pageOf(rows, first.pages);
    expect(last.last).toBe(200);
    expect(last.items.at(-1)).toBe(199);
    expect(pageOf([], 1)).toMatchObject({ items: [], pages: 1, total: 0 });
    expect(pageOf(rows, first.pages + 1).items).toEqual([]);
  });
});

describe("pageWindow", () => {
  it("offers first, last and the neighbours of the current page, with gaps", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(1, 17)).toEqual([1, 2, null, 17]);
    expect(pageWindow(9, 17)).toEqual([1, null, 8, 9, 10, null, 17]);
    expect(pageWindow(4, 17)).toEqual([1, 2, 3, 4, 5, null, 17]);
    expect(pageWindow(17, 17)).toEqual([1, null, 16, 17]);
  });
});
