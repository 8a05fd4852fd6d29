import { describe, expect, it } from "vitest";
import { direction, newestDataDate, stanceChanges, type ChangeStance } from "./changes";

let id = 0;
const st = (actor: string, issue: string, validFrom: string, position: number | null, validUntil: string | null = null): ChangeStance => ({
  id: ++id, actor, issue, counterpart: null, validFrom, validUntil, position, salience: 3,
});

const history = [
  st("USA", "joint-exercises", "2018-03-20", -1, "2018-06-11"),
  st("USA", "joint-exercises", "2018-06-12", 1, "2022-08-21"),
  st("USA", "missile-scope", "2019-05-04", 1, "2021-01-20"),
  st("JPN", "sequencing", "2018-01-01", -2),
  st("JPN", "sequencing", "2019-04-23", -2),
];

describe("stanceChanges", () => {
  it("lists changes in (from, to] with before and after and a direction", () => {
    const list = stanceChanges(history, "2018-06-01", "2019-06-30");
    expect(list.map((c) => [c.date, c.actor, c.issue, c.direction])).toEqual([
      ["2018-06-12", "USA", "joint-exercises", "toward-engagement"],
      ["2019-04-23", "JPN", "sequencing", "restated"],
      ["2019-05-04", "USA", "missile-scope", "first-stated"],
    ]);
    expect(list[0].before?.position).toBe(-1);
    expect(list[0].after?.position).toBe(1);
  });

  it("an explicit end with nothing after it is a change on the next day", () => {
    const list = stanceChanges(history, "2021-01-01", "2022-12-31");
    expect(list.map((c) => [c.date, c.issue, c.direction])).toEqual([
      ["2021-01-21", "missile-scope", "ended"],
      ["2022-08-22", "joint-exercises", "ended"],
    ]);
  });

  it("the from date itself is excluded, the to date included", () => {
    expect(stanceChanges(history, "2018-06-12", "2018-06-12")).toEqual([]);
    expect(stanceChanges(history, "2018-06-11", "2018-06-12")).toHaveLength(1);
  });
});

describe("direction and newest date", () => {
  it("names the direction on the pressure-engagement axis", () => {
    expect(direction(-2, 0)).toBe("toward-engagement");
    expect(direction(1, -1)).toBe("toward-pressure");
    expect(direction(null, 1)).toBe("first-stated");
    expect(direction(1, null)).toBe("dropped");
  });

  it("the newest data date is the latest stance change or event", () => {
    expect(newestDataDate(history, ["2020-01-01"])).toBe("2022-08-22");
    expect(newestDataDate(history, ["2024-10-15"])).toBe("2024-10-15");
    expect(newestDataDate([], [])).toBeNull();
  });
});
