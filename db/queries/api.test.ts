import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../tests/db";
import { matrixApiAnswer, matrixForApi } from "./api";

let ctx: ReturnType<typeof createTestDb>;
beforeAll(() => {
  ctx = createTestDb();
});
afterAll(() => ctx.cleanup());

type Cell = { actor: string; issue: string; evidence?: unknown[]; evidenceCount?: number };

describe("the read API's matrix against a real SQLite file", () => {
  const asOf = "2019-03-01";

  it("by default answers the documented shape: every cell with its evidence, no count, no page", () => {
    const m = matrixApiAnswer({ asOf });
    expect(m).toEqual(matrixForApi({ asOf }));
    expect(m).not.toHaveProperty("page");
    expect(Object.keys(m)).toEqual(["asOf", "codedThrough", "actors", "issues", "cells"]);
    expect(m.cells.length).toBeGreaterThan(20);
    const cells = m.cells as Cell[];
    expect(cells.every((c) => Array.isArray(c.evidence) && !("evidenceCount" in c))).toBe(true);
    expect(cells.some((c) => c.evidence!.length > 0)).toBe(true);
  });

  it("evidence=false gives each cell its evidence count instead of its evidence", () => {
    const full = matrixApiAnswer({ asOf }).cells as Cell[];
    const lean = matrixApiAnswer({ asOf, evidence: false }).cells as Cell[];
    expect(lean.map((c) => [c.actor, c.issue])).toEqual(full.map((c) => [c.actor, c.issue]));
    expect(lean.every((c) => !("evidence" in c))).toBe(true);
    expect(lean.map((c) => c.evidenceCount)).toEqual(full.map((c) => c.evidence!.length));
    expect(JSON.stringify(lean).length).toBeLessThan(JSON.stringify(full).length / 2);
  });

  it("issues and cluster narrow the issues; pages walked by nextCursor add up to the whole answer", () => {
    const full = matrixApiAnswer({ asOf }) as ReturnType<typeof matrixForApi>;
    const two = [full.issues[3].slug, full.issues[0].slug];
    const narrowed = matrixApiAnswer({ asOf, issues: two });
    expect(narrowed.issues.map((i) => i.slug)).toEqual([full.issues[0].slug, full.issues[3].slug]);
    expect(narrowed.cells).toEqual(full.cells.filter((c) => two.includes(c.issue)));

    type Answer = ReturnType<typeof matrixForApi>; // with evidence, as asked
    const pages: Answer[] = [];
    let cursor: string | undefined;
    do {
      const p = matrixApiAnswer({ asOf, limit: 4, cursor }) as Answer;
      pages.push(p);
      expect(p.issues.length).toBeLessThanOrEqual(4);
      expect(p.page).toMatchObject({ limit: 4, cursor: cursor ?? null, total: full.issues.length });
      cursor = p.page!.nextCursor ?? undefined;
    } while (cursor && pages.length < 10);
    expect(pages).toHaveLength(Math.ceil(full.issues.length / 4));
    expect(pages.flatMap((p) => p.issues)).toEqual(full.issues);
    // The same cells (each page keeps the matrix's cell order within its issues).
    const key = (c: { actor: string; issue: string; counterpart: string | null }) => `${c.actor}|${c.issue}|${c.counterpart}`;
    const byKey = <C extends { actor: string; issue: string; counterpart: string | null }>(cells: C[]) => [...cells].sort((a, b) => key(a).localeCompare(key(b)));
    expect(byKey(pages.flatMap((p) => p.cells))).toEqual(byKey(full.cells));
    for (const p of pages) expect(p.cells).toEqual(full.cells.filter((c) => p.issues.some((i) => i.slug === c.issue)));
    expect(pages.every((p) => p.actors.length === full.actors.length)).toBe(true);

    const cluster = full.issues[0].cluster;
    const inCluster = matrixApiAnswer({ asOf, cluster, limit: 1 });
    expect(inCluster.page!.total).toBe(full.issues.filter((i) => i.cluster === cluster).length);
    expect(inCluster.issues).toEqual([full.issues[0]]);
  });

  it("lang=ko with paging keeps the Korean texts next to the English", () => {
    const p = matrixApiAnswer({ asOf, lang: "ko", limit: 2, actors: ["ROK"] });
    expect(p.actors).toHaveLength(1);
    expect(p.issues[0]).toHaveProperty("titleKo");
    expect(p.cells.every((c) => c.actor === "ROK" && "summaryKo" in c)).toBe(true);
  });
});
