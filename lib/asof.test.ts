import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inForce, resolveAsOf, type Dated } from "./asof";

const s = (validFrom: string, validUntil: string | null = null, extra: Partial<Dated> = {}) => ({
  actor: "USA",
  issue: "joint-exercises",
  counterpart: null,
  validFrom,
  validUntil,
  ...extra,
});

describe("as-of resolution", () => {
  const history = [s("2018-03-20", "2018-06-11"), s("2018-06-12", "2022-08-21"), s("2022-08-22")];

  it("picks the latest stance that has started", () => {
    expect(resolveAsOf(history, "2018-06-11")[0].validFrom).toBe("2018-03-20");
    expect(resolveAsOf(history, "2018-06-12")[0].validFrom).toBe("2018-06-12");
    expect(resolveAsOf(history, "2030-01-01")[0].validFrom).toBe("2022-08-22");
  });

  it("has nothing before the first stance", () => {
    expect(resolveAsOf(history, "2018-03-19")).toEqual([]);
  });

  it("honours an explicit end: after it, no stated position", () => {
    const ended = [s("2019-05-04", "2021-01-20")];
    expect(resolveAsOf(ended, "2021-01-20")).toHaveLength(1);
    expect(resolveAsOf(ended, "2021-01-21")).toEqual([]);
  });

  it("keeps directed series apart", () => {
    const directed = [
      s("2018-03-08", null, { actor: "DPRK", issue: "summit-diplomacy", counterpart: "USA" }),
      s("2018-01-01", null, { actor: "DPRK", issue: "summit-diplomacy", counterpart: "JPN" }),
    ];
    expect(resolveAsOf(directed, "2019-01-01")).toHaveLength(2);
  });

  it("agrees with the per-stance rule for any history and date (property)", () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2017, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.uniqueArray(day, { minLength: 1, maxLength: 8 }), day, (starts, asOf) => {
        const sorted = [...starts].sort();
        const list = sorted.map((d) => s(d));
        const resolved = resolveAsOf(list, asOf);
        const expected = list.filter((x, i) => inForce(x, sorted[i + 1] ?? null, asOf));
        expect(resolved).toEqual(expected);
        expect(resolved.length).toBeLessThanOrEqual(1);
      }),
    );
  });
});
