import { describe, expect, it } from "vitest";
import { actorHref, issueHref, readNavContext, withNavContext } from "./nav-context";

const q = (s: string) => new URLSearchParams(s);

describe("nav context", () => {
  it("reads the date and the pair from a compare URL", () => {
    expect(readNavContext(q("a=ROK&b=JPN&asOf=2019-03-01"))).toEqual({ asOf: "2019-03-01", pair: ["ROK", "JPN"] });
  });
  it("reads the briefing's pair", () => {
    expect(readNavContext(q("pair=USA-JPN&asOf=2018-06-12"))).toEqual({ asOf: "2018-06-12", pair: ["USA", "JPN"] });
  });
  it("drops hostile, repeated or impossible values", () => {
    expect(readNavContext(q("asOf=2019-13-45&a=ROK&b=ROK"))).toEqual({});
    expect(readNavContext(q("asOf=2019-03-01&asOf=2019-03-02"))).toEqual({});
    expect(readNavContext(q("a=%3Cscript%3E&b=JPN&pair=__proto__-x"))).toEqual({});
    expect(readNavContext(q("a=ROK&a=USA&b=JPN"))).toEqual({});
  });
  it("adds what each view understands", () => {
    const ctx = { asOf: "2019-03-01", pair: ["ROK", "JPN"] as [string, string] };
    expect(withNavContext("/", ctx)).toBe("/?asOf=2019-03-01");
    expect(withNavContext("/compare", ctx)).toBe("/compare?a=ROK&b=JPN&asOf=2019-03-01");
    expect(withNavContext("/divergence", ctx)).toBe("/divergence?a=ROK&b=JPN&asOf=2019-03-01");
    expect(withNavContext("/briefing", ctx)).toBe("/briefing?pair=ROK-JPN&asOf=2019-03-01");
    expect(withNavContext("/issues", ctx)).toBe("/issues?asOf=2019-03-01");
    expect(withNavContext("/changes", ctx)).toBe("/changes?to=2019-03-01");
    expect(withNavContext("/timeline", ctx)).toBe("/timeline");
    expect(withNavContext("/methodology", ctx)).toBe("/methodology");
    expect(withNavContext("/admin", ctx)).toBe("/admin");
    expect(withNavContext("/compare", {})).toBe("/compare");
  });
  it("builds issue and actor links at a date", () => {
    expect(issueHref("sanctions-relief", "2019-03-01", 42)).toBe("/issues/sanctions-relief?asOf=2019-03-01&stance=42#stance-42");
    expect(issueHref("sequencing")).toBe("/issues/sequencing");
    expect(actorHref("ROK", "2019-03-01")).toBe("/actors/ROK?asOf=2019-03-01");
  });
});
