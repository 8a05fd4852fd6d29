import { describe, expect, it } from "vitest";
import { auditQuery, auditTimeBounds, parseAuditFilter } from "./audit-filter";

const from = (s: string) => {
  const q = new URLSearchParams(s);
  return (k: string) => {
    const all = q.getAll(k);
    return all.length > 1 ? all : all[0];
  };
};

describe("audit filter", () => {
  it("reads every filter and the page", () => {
    const r = parseAuditFilter(from("user=jkim&entity=stance&id=12&action=update&from=2026-01-01&to=2026-01-31&page=2"), ["jkim", "e2e-admin"]);
    expect(r).toEqual({ ok: true, value: { username: "jkim", entityType: "stance", entityId: 12, action: "update", from: "2026-01-01", to: "2026-01-31", page: 2 } });
    if (r.ok) expect(auditQuery(r.value)).toBe("user=jkim&entity=stance&id=12&action=update&from=2026-01-01&to=2026-01-31&page=2");
    if (r.ok) expect(auditQuery(r.value, 1)).not.toContain("page");
  });
  it("defaults to page 1 without filters", () => {
    expect(parseAuditFilter(from(""), [])).toEqual({ ok: true, value: { page: 1 } });
  });
  it("refuses unknown users and actions, bad ids, impossible or reversed dates, repeated values", () => {
    for (const q of ["user=mallory", "action=drop", "entity=__proto__", "id=-1", "id=1e3", "page=0", "from=2026-02-30", "from=2026-02-01&to=2026-01-01", "user=jkim&user=jkim"])
      expect(parseAuditFilter(from(q), ["jkim"]).ok, q).toBe(false);
  });
  it("makes the date range inclusive of the last day", () => {
    expect(auditTimeBounds({ from: "2026-01-01", to: "2026-01-31" })).toEqual({ atFrom: "2026-01-01", atBefore: "2026-02-01" });
  });
});
