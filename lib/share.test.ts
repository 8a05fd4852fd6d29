import { describe, expect, it } from "vitest";
import { shareLinks } from "./share";

const ORIGIN = "https://atlas.example";

describe("share links", () => {
  it("pins the resolved date and pair where the URL leaves them out", () => {
    const { link, embed } = shareLinks({ path: "/compare", pinned: { a: "ROK", b: "JPN", asOf: "2026-11-30" } }, ORIGIN, "");
    expect(link).toBe("https://atlas.example/compare?a=ROK&asOf=2026-11-30&b=JPN");
    expect(embed).toBeNull();
  });

  it("keeps the URL's own values (a scenario edited in the browser) over the pinned ones", () => {
    const { link } = shareLinks({ path: "/compare", pinned: { a: "ROK", b: "JPN", asOf: "2026-11-30" } }, ORIGIN, "?a=USA&b=JPN&asOf=2019-03-01&scenario=JPN.sequencing%3A-1");
    const url = new URL(link);
    expect(url.pathname).toBe("/compare");
    expect(Object.fromEntries(url.searchParams)).toEqual({ a: "USA", b: "JPN", asOf: "2019-03-01", scenario: "JPN.sequencing:-1" });
  });

  it("the embed code frames /embed/<kind> with the same query, its attributes escaped", () => {
    const { embed } = shareLinks({ path: "/", pinned: { asOf: "2019-03-01" }, embed: { kind: "matrix", title: `Where "they" stand & why` } }, ORIGIN, "?cluster=sanctions");
    expect(embed).toBe(
      '<iframe src="https://atlas.example/embed/matrix?asOf=2019-03-01&amp;cluster=sanctions" title="Where &quot;they&quot; stand &amp; why (Stance Atlas)" width="100%" height="720" style="border:0" loading="lazy"></iframe>',
    );
  });

  it("a hostile query value cannot leave the src attribute", () => {
    const { embed } = shareLinks({ path: "/divergence", embed: { kind: "divergence", title: "Divergence" } }, ORIGIN, `?x="><script>alert(1)</script>`);
    expect(embed).not.toContain("<script>");
    expect(embed!.match(/"/g)!.length % 2).toBe(0);
  });

  it("a Korean view shares its Korean link and the Korean embed", () => {
    const { link, embed } = shareLinks({ path: "/", pinned: { asOf: "2019-03-01" }, embed: { kind: "matrix", title: "입장 매트릭스" }, lang: "ko" }, ORIGIN, "");
    expect(link).toBe("https://atlas.example/ko?asOf=2019-03-01");
    expect(embed).toContain('src="https://atlas.example/ko/embed/matrix?asOf=2019-03-01"');
    expect(embed).toContain('title="입장 매트릭스 (Stance Atlas)"');
    expect(shareLinks({ path: "/compare", lang: "ko" }, ORIGIN, "?a=ROK").link).toBe("https://atlas.example/ko/compare?a=ROK");
  });
});
