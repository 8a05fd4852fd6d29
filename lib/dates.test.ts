import { describe, expect, it } from "vitest";
import { addDays, formatAge, formatDate, isIsoDate, isPartialIsoDate } from "./dates";

describe("dates", () => {
  it("accepts real calendar dates only", () => {
    expect(isIsoDate("2019-03-01")).toBe(true);
    expect(isIsoDate("2020-02-29")).toBe(true);
    for (const bad of ["2019-02-29", "2019-13-45", "2019-00-10", "abc", "2019-3-1", "", " 2019-03-01", "2019-03-01T00:00"])
      expect(isIsoDate(bad), bad).toBe(false);
    expect(isIsoDate(20190301)).toBe(false);
  });
  it("accepts partial dates for evidence", () => {
    expect(isPartialIsoDate("2019")).toBe(true);
    expect(isPartialIsoDate("2019-03")).toBe(true);
    expect(isPartialIsoDate("2019-13")).toBe(false);
  });
  it("formats dates at their own precision", () => {
    expect(formatDate("2018-06-12")).toBe("12 Jun 2018");
    expect(formatDate("2019-03")).toBe("Mar 2019");
    expect(formatDate("2023")).toBe("2023");
  });
  it("adds days and tells ages", () => {
    expect(addDays("2018-12-31", 1)).toBe("2019-01-01");
    expect(formatAge("2018-06-12", "2018-06-20")).toBe("8 days");
    expect(formatAge("2018-06-12", "2021-06-12")).toBe("3 years");
  });
});
