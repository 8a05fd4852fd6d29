import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { distinctSteps, stepValue, type StepPoint } from "./steps";

describe("distinctSteps", () => {
  it("drops the points that change neither the value nor the count, keeps the first and the last", () => {
    const points = [
      { date: "2018-01-01", value: 0.5, compared: 4, change: false },
      { date: "2018-03-01", value: 0.5, compared: 4, change: true },
      { date: "2018-04-01", value: 0.25, compared: 4, change: true },
      { date: "2018-05-01", value: 0.25, compared: 5, change: true },
      { date: "2018-06-01", value: null, compared: 0, change: true },
      { date: "2018-07-01", value: null, compared: 0, change: true },
      { date: "2019-01-01", value: null, compared: 0, change: false },
    ];
    expect(distinctSteps(points)).toEqual([
      { date: "2018-01-01", value: 0.5, compared: 4 },
      { date: "2018-04-01", value: 0.25, compared: 4 },
      { date: "2018-05-01", value: 0.25, compared: 5 },
      { date: "2018-06-01", value: null, compared: 0 },
      { date: "2019-01-01", value: null, compared: 0 },
    ]);
    expect(distinctSteps([])).toEqual([]);
    expect(distinctSteps([points[0]])).toEqual([{ date: "2018-01-01", value: 0.5, compared: 4 }]);
  });

  it("is the same step function on every date (property)", () => {
    const series = fc
      .array(fc.record({ day: fc.integer({ min: 1, max: 28 }), value: fc.option(fc.constantFrom(0, 0.25, 0.5, 1), { nil: null }), compared: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 30 })
      .map((xs) => xs.map((x, i): StepPoint => ({ date: `${2000 + i}-01-${String(x.day).padStart(2, "0")}`, value: x.value, compared: x.compared })));
    fc.assert(
      fc.property(series, fc.integer({ min: 1999, max: 2031 }), fc.integer({ min: 1, max: 28 }), (points, year, day) => {
        const date = `${year}-01-${String(day).padStart(2, "0")}`;
        const thin = distinctSteps(points);
        const [a, b] = [stepValue(points, date), stepValue(thin, date)];
        expect(b && { value: b.value, compared: b.compared }).toEqual(a && { value: a.value, compared: a.compared });
        expect(thin.at(-1)!.date).toBe(points.at(-1)!.date);
      }),
    );
  });
});
