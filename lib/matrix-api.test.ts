import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pageIssues } from "./matrix-api";

const order = ["a", "b", "c", "d", "e", "f", "g"];

describe("paging the matrix over issues", () => {
  it("without limit: every selected issue in the matrix's order, no page", () => {
    expect(pageIssues(order, new Set(["f", "b", "d"]), {})).toEqual({ slugs: ["b", "d", "f"], page: null });
  });

  it("pages follow nextCursor to the end", () => {
    const first = pageIssues(order, new Set(order), { limit: 3 });
    expect(first).toEqual({ slugs: ["a", "b", "c"], page: { limit: 3, cursor: null, nextCursor: "c", total: 7 } });
    const second = pageIssues(order, new Set(order), { limit: 3, cursor: "c" });
    expect(second.slugs).toEqual(["d", "e", "f"]);
    const last = pageIssues(order, new Set(order), { limit: 3, cursor: second.page!.nextCursor! });
    expect(last).toEqual({ slugs: ["g"], page: { limit: 3, cursor: "f", nextCursor: null, total: 7 } });
    // A page that ends exactly at the end has no next page.
    expect(pageIssues(order, new Set(order), { limit: 7 }).page!.nextCursor).toBeNull();
  });

  it("a cursor outside the selection still marks its place in the matrix's order", () => {
    expect(pageIssues(order, new Set(["b", "e", "g"]), { limit: 5, cursor: "c" }).slugs).toEqual(["e", "g"]);
  });

  it("any limit: the pages partition the selection, in order, without repeats", () => {
    fc.assert(
      fc.property(fc.subarray(order), fc.integer({ min: 1, max: 9 }), (chosen, limit) => {
        const selected = new Set(chosen);
        const seen: string[] = [];
        let cursor: string | undefined;
        for (let n = 0; n < 20; n++) {
          const { slugs, page } = pageIssues(order, selected, { limit, cursor });
          expect(slugs.length).toBeLessThanOrEqual(limit);
          seen.push(...slugs);
          if (!page!.nextCursor) break;
          cursor = page!.nextCursor;
        }
        expect(seen).toEqual(order.filter((s) => selected.has(s)));
      }),
    );
  });
});
