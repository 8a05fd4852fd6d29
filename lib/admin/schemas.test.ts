import { describe, expect, it } from "vitest";
import { fieldErrors } from "./forms";
import { actorInput, eventInput, issueInput, safeAdminPath, stanceInput } from "./schemas";
import { isSafeHttpUrl } from "./url";
import { diffSnapshots } from "./diff";

const evidence = { title: "T", publisher: "P", publishedOn: "2019-03", url: "https://example.org/a", paraphrase: "p" };
const stance = { mode: "new", validFrom: "2031-03-01", position: "2", salience: "4", confidence: "high", summary: "S", evidence: [evidence], version: "3" };

describe("isSafeHttpUrl", () => {
  it("accepts http and https links", () => {
    expect(isSafeHttpUrl("https://www.mofa.go.kr/eng/a?b=1")).toBe(true);
    expect(isSafeHttpUrl("HTTP://EXAMPLE.ORG")).toBe(true);
  });
  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "\u0001javascript:alert(1)",
    "\thttps://example.org",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//example.org",
    "https://",
    "https://exa mple.org",
    "ftp://example.org",
  ])("refuses %j", (url) => expect(isSafeHttpUrl(url)).toBe(false));
});

describe("stanceInput", () => {
  it("parses a new stance, positions to numbers, 'none' to null", () => {
    const r = stanceInput.parse(stance);
    expect(r).toMatchObject({ mode: "new", position: 2, salience: 4, version: 3, evidence: [{ url: "https://example.org/a", quote: null }] });
    expect(stanceInput.parse({ ...stance, position: "none" }).position).toBeNull();
  });
  it("refuses out-of-scale positions, bad dates, empty and too long text, unsafe URLs, no evidence", () => {
    const r = stanceInput.safeParse({
      ...stance,
      position: "7",
      validFrom: "2031-02-30",
      summary: " ",
      evidence: [{ ...evidence, url: "javascript:alert(1)", title: "x".repeat(301) }],
    });
    expect(r.success).toBe(false);
    const errors = fieldErrors(r.error!);
    expect(Object.keys(errors).sort()).toEqual(["evidence[0].title", "evidence[0].url", "position", "summary", "validFrom"]);
    expect(errors.summary).toEqual(["Summary is required."]);
    expect(stanceInput.safeParse({ ...stance, evidence: [] }).success).toBe(false);
  });
  it("saves a stance without evidence only when it is ticked unsourced and the note says why", () => {
    const none = stanceInput.safeParse({ ...stance, evidence: [] });
    expect(none.success).toBe(false);
    expect(fieldErrors(none.error!).evidence?.[0]).toMatch(/tick “Unsourced”/);
    const noNote = stanceInput.safeParse({ ...stance, evidence: [], unsourced: "on", note: "  " });
    expect(noNote.success).toBe(false);
    expect(Object.keys(fieldErrors(noNote.error!))).toEqual(["note"]);
    const ok = stanceInput.parse({ ...stance, evidence: [], unsourced: "on", note: "Carried forward from the 2019 coding; no new statement." });
    expect(ok).toMatchObject({ unsourced: true, evidence: [], note: "Carried forward from the 2019 coding; no new statement." });
    const both = stanceInput.safeParse({ ...stance, unsourced: "on", note: "Why" });
    expect(both.success).toBe(false);
    expect(Object.keys(fieldErrors(both.error!))).toEqual(["unsourced"]);
    expect(stanceInput.parse(stance)).toMatchObject({ unsourced: false, note: null });
  });
  it("needs no date for a correction", () => {
    expect(stanceInput.safeParse({ ...stance, mode: "correct", validFrom: "" }).success).toBe(true);
  });
});

describe("other schemas", () => {
  it("actors: code format and palette colours", () => {
    const ok = { code: "MNG", name: "Mongolia", shortName: "Mongolia", color: "#009E73", displayOrder: "7", description: "", version: "1" };
    expect(actorInput.safeParse(ok).success).toBe(true);
    expect(actorInput.safeParse({ ...ok, color: "#123456" }).success).toBe(false);
    expect(actorInput.safeParse({ ...ok, code: "mn" }).success).toBe(false);
  });
  it("issues: five labels and a slug", () => {
    const ok = { slug: "new-issue", title: "T", cluster: "security-order", definition: "D", scale: ["a", "b", "c", "d", "e"], displayOrder: "1", version: "1" };
    expect(issueInput.safeParse(ok).success).toBe(true);
    expect(issueInput.safeParse({ ...ok, scale: { 0: "a", 1: "b", 2: "c", 3: "d", 4: "e" } }).success).toBe(true);
    const bad = issueInput.safeParse({ ...ok, slug: "Bad Slug", scale: ["a", "", "c", "d", "e"] });
    expect(Object.keys(fieldErrors(bad.error!)).sort()).toEqual(["scale[1]", "slug"]);
  });
  it("events: end date on or after the date", () => {
    const ok = { date: "2019-02-27", endDate: "2019-02-28", title: "Hanoi", description: "D", confidence: "high", actors: ["USA", "DPRK"], version: "1" };
    expect(eventInput.parse(ok).actors).toEqual(["USA", "DPRK"]);
    expect(eventInput.parse({ ...ok, actors: "USA" }).actors).toEqual(["USA"]);
    expect(eventInput.safeParse({ ...ok, endDate: "2019-02-01" }).success).toBe(false);
  });
  it("sign-in redirects only to admin paths", () => {
    expect(safeAdminPath("/admin/users")).toBe("/admin/users");
    expect(safeAdminPath("//evil.example")).toBe("/admin");
    expect(safeAdminPath("https://evil.example/admin")).toBe("/admin");
    expect(safeAdminPath("/admin/sign-in")).toBe("/admin");
  });
});

describe("form plumbing", () => {
  it("diffs snapshots field by field, evidence item by item", () => {
    const d = diffSnapshots(
      { summary: "a", position: 1, version: 1, evidence: [{ title: "x", url: null }] },
      { summary: "b", position: 1, version: 2, evidence: [{ title: "x", url: "https://e.org" }, { title: "y" }] },
    );
    expect(d).toEqual([
      { field: "summary", before: "a", after: "b" },
      { field: "evidence 1: url", before: "—", after: "https://e.org" },
      { field: "evidence 2", before: "—", after: "y" },
    ]);
  });
});

describe("seriesInput (arguments bound to the new-stance action)", () => {
  it("accepts codes and a slug, and refuses an object, an array or extra keys where they belong", async () => {
    const { seriesInput } = await import("./schemas");
    expect(seriesInput.safeParse({ actor: "ROK", issue: "summit-diplomacy", counterpart: "JPN" }).success).toBe(true);
    expect(seriesInput.safeParse({ actor: "ROK", issue: "sequencing", counterpart: null }).success).toBe(true);
    expect(seriesInput.safeParse({ actor: "ROK", issue: "sequencing", counterpart: { toString: "x" } }).success).toBe(false);
    expect(seriesInput.safeParse({ actor: ["ROK"], issue: "sequencing", counterpart: null }).success).toBe(false);
    expect(seriesInput.safeParse({ actor: "ROK", issue: "sequencing", counterpart: null, extra: 1 }).success).toBe(false);
  });
});

describe("Korean texts", () => {
  it("are optional (empty becomes null: not yet translated) and bounded like the English ones", () => {
    const r = stanceInput.parse({ ...stance, summaryKo: "  ", evidence: [{ ...evidence, paraphraseKo: "한국어 요지", noteKo: "" }] });
    expect(r).toMatchObject({ summaryKo: null, noteKo: null, evidence: [{ paraphraseKo: "한국어 요지", noteKo: null }] });
    const long = stanceInput.safeParse({ ...stance, summaryKo: "가".repeat(2001), evidence: [{ ...evidence, paraphraseKo: "나".repeat(2001) }] });
    expect(Object.keys(fieldErrors(long.error!)).sort()).toEqual(["evidence[0].paraphraseKo", "summaryKo"]);
    const actor = { code: "MNG", name: "Mongolia", shortName: "Mongolia", color: "#009E73", displayOrder: "7", description: "", version: "1" };
    expect(actorInput.parse({ ...actor, shortNameKo: "몽골" })).toMatchObject({ shortNameKo: "몽골", nameKo: null, descriptionKo: null });
    expect(actorInput.safeParse({ ...actor, shortNameKo: "몽".repeat(41) }).success).toBe(false);
    const issue = { slug: "new-issue", title: "T", cluster: "security-order", definition: "D", scale: ["a", "b", "c", "d", "e"], displayOrder: "1", version: "1" };
    expect(issueInput.parse({ ...issue, scaleKo: ["가", "", "다", "", "마"] }).scaleKo).toEqual(["가", null, "다", null, "마"]);
    expect(issueInput.parse(issue).scaleKo).toEqual([null, null, null, null, null]);
    const event = { date: "2019-02-27", title: "Hanoi", description: "D", confidence: "high", version: "1" };
    expect(eventInput.parse({ ...event, titleKo: "하노이 정상회담" })).toMatchObject({ titleKo: "하노이 정상회담", descriptionKo: null });
  });
  it("show in the audit diff beside the English", () => {
    expect(diffSnapshots({ summary: "a", summaryKo: null }, { summary: "a", summaryKo: "가" })).toEqual([{ field: "summaryKo", before: "—", after: "가" }]);
  });
});
