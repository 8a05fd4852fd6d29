import { describe, expect, it } from "vitest";
import { CLUSTERS } from "../../../lib/domain";
import { ACTORS, EVENTS, ISSUES } from "../data";
import { EVENTS_KO } from "./events";
import { ACTORS_KO, CLUSTERS_KO, ISSUES_KO } from "./reference";

const HANGUL = /[\uac00-\ud7a3]/;

/** Every Korean string beside its English original, labelled for failure messages. */
function pairs(): { where: string; en: string; ko: string }[] {
  const out: { where: string; en: string; ko: string }[] = [];
  for (const a of ACTORS) {
    const ko = ACTORS_KO[a.code];
    if (!ko) continue;
    out.push({ where: `actor ${a.code} name`, en: a.name, ko: ko.name });
    out.push({ where: `actor ${a.code} shortName`, en: a.shortName, ko: ko.shortName });
    out.push({ where: `actor ${a.code} description`, en: a.description, ko: ko.description });
  }
  for (const i of ISSUES) {
    const ko = ISSUES_KO[i.slug];
    if (!ko) continue;
    out.push({ where: `issue ${i.slug} title`, en: i.title, ko: ko.title });
    out.push({ where: `issue ${i.slug} definition`, en: i.definition, ko: ko.definition });
    i.scale.forEach((label, n) =>
      out.push({ where: `issue ${i.slug} scale[${n}]`, en: label, ko: ko.scale[n] ?? "" }),
    );
  }
  for (const c of CLUSTERS) out.push({ where: `cluster ${c.id}`, en: c.label, ko: CLUSTERS_KO[c.id] ?? "" });
  for (const e of EVENTS) {
    const ko = EVENTS_KO[e.key];
    if (!ko) continue;
    out.push({ where: `event ${e.key} title`, en: e.title, ko: ko.title });
    out.push({ where: `event ${e.key} description`, en: e.description, ko: ko.description });
  }
  return out;
}

describe("Korean text of actors, issues, clusters and events", () => {
  it("covers every actor, issue, cluster and event, in the order of the English data", () => {
    expect(Object.keys(ACTORS_KO)).toEqual(ACTORS.map((a) => a.code));
    expect(Object.keys(ISSUES_KO)).toEqual(ISSUES.map((i) => i.slug));
    expect(Object.keys(CLUSTERS_KO)).toEqual(CLUSTERS.map((c) => c.id));
    expect(Object.keys(EVENTS_KO)).toEqual(EVENTS.map((e) => e.key));
  });

  it("has no key the English data lacks", () => {
    const extra = (ko: object, en: string[]) => Object.keys(ko).filter((k) => !en.includes(k));
    expect(extra(ACTORS_KO, ACTORS.map((a) => a.code))).toEqual([]);
    expect(extra(ISSUES_KO, ISSUES.map((i) => i.slug))).toEqual([]);
    expect(extra(CLUSTERS_KO, CLUSTERS.map((c) => c.id))).toEqual([]);
    expect(extra(EVENTS_KO, EVENTS.map((e) => e.key))).toEqual([]);
  });

  it("labels all five points of every issue scale", () => {
    for (const i of ISSUES) {
      const scale = ISSUES_KO[i.slug]?.scale ?? [];
      expect(scale, i.slug).toHaveLength(5);
      for (const label of scale) expect(label.trim(), i.slug).not.toBe("");
    }
  });

  it("writes every string in Korean, none equal to its English original", () => {
    const all = pairs();
    expect(all.length).toBe(ACTORS.length * 3 + ISSUES.length * 7 + CLUSTERS.length + EVENTS.length * 2);
    const notKorean = all.filter((p) => !HANGUL.test(p.ko)).map((p) => p.where);
    const untranslated = all.filter((p) => p.ko.trim() === p.en.trim()).map((p) => p.where);
    expect(notKorean).toEqual([]);
    expect(untranslated).toEqual([]);
  });

  it("keeps the words quoted in the English as they are", () => {
    const lost: string[] = [];
    for (const p of pairs())
      for (const [quoted] of p.en.matchAll(/"[^"]+"/g)) if (!p.ko.includes(quoted)) lost.push(`${p.where}: ${quoted}`);
    expect(lost).toEqual([]);
  });
});
