import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE_FILES, en, ko } from "../../messages";

/**
 * The two message catalogues (messages/en/*.json, messages/ko/*.json, merged in messages/index.ts): the same keys in both, every key used by the
 * code, and Korean that is Korean. A key the code asks for that is missing fails `tsc` (global.d.ts types t()
 * with the English catalogue); this test covers the rest.
 */

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const EN = flatten(en as Tree);
const KO = flatten(ko as Tree);

const ROOT = path.resolve(__dirname, "../..");
const SOURCE_DIRS = ["app", "components", "lib", "i18n", "db"];

function sources(): string {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) texts.push(fs.readFileSync(full, "utf8"));
    }
  };
  for (const d of SOURCE_DIRS) walk(path.join(ROOT, d));
  return texts.join("\n");
}

/** Texts that are the same in both languages on purpose: names, codes and marks. */
const SAME_IN_BOTH = /^(Stance Atlas|CVID|FFVD|ICBM|SRBM|IRBM|NCG|UN|IAEA|NPT|CSV|PNG|SVG|PDF|XLSX|JSON|API|ID|English|한국어|[-–+0-9 .,:/%()#{}a-z]*)$/;

describe("message catalogues", () => {
  it("have exactly the same keys in English and Korean", () => {
    const missingInKo = [...EN.keys()].filter((k) => !KO.has(k));
    const missingInEn = [...KO.keys()].filter((k) => !EN.has(k));
    expect(missingInKo, "keys missing in messages/ko.json").toEqual([]);
    expect(missingInEn, "keys missing in messages/en.json").toEqual([]);
  });

  it("keep each namespace in one file, the same file in both languages", () => {
    for (const lang of ["en", "ko"] as const) {
      const seen = new Map<string, string>();
      for (const [file, tree] of Object.entries(CATALOGUE_FILES[lang])) {
        for (const ns of Object.keys(tree)) {
          expect(seen.get(ns), `namespace ${ns} in ${lang}/${file}.json and ${lang}/${seen.get(ns)}.json`).toBeUndefined();
          seen.set(ns, file);
        }
      }
    }
    for (const [file, tree] of Object.entries(CATALOGUE_FILES.en))
      expect(Object.keys(CATALOGUE_FILES.ko[file as keyof typeof CATALOGUE_FILES.ko]).sort(), `namespaces of ${file}.json`).toEqual(Object.keys(tree).sort());
  });

  it("have no empty message", () => {
    expect([...EN, ...KO].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
  });

  it("have Korean text in the Korean catalogue (Hangul, not the English left in place)", () => {
    const untranslated = [...KO].filter(([k, v]) => {
      if (/[\uac00-\ud7a3]/.test(v)) return false;
      return !SAME_IN_BOTH.test(v.trim()) && v === EN.get(k);
    });
    expect(untranslated.map(([k]) => k)).toEqual([]);
  });

  it("keep the same placeholders in both languages", () => {
    const names = (v: string) => [...v.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
    const mismatched = [...EN].filter(([k, v]) => JSON.stringify(names(v)) !== JSON.stringify(names(KO.get(k) ?? "")));
    expect(mismatched.map(([k]) => k)).toEqual([]);
  });

  it("hold no key that the code never uses", () => {
    // A key "Ns.a.b" is used when the code names its namespace ("Ns", or "Ns.a" for a nested namespace) and the
    // rest of the key as a string ("a.b", or "b" with "a" as the namespace, or a template `a.${...}` whose
    // last part is a quoted value elsewhere, as for keys chosen from a list of codes).
    const code = sources();
    const quoted = (s: string) => code.includes(`"${s}"`) || code.includes(`'${s}'`) || code.includes(`\`${s}\``);
    const unused = [...EN.keys()].filter((key) => {
      const parts = key.split(".");
      for (let i = 1; i < parts.length; i++) {
        const ns = parts.slice(0, i).join(".");
        const rest = parts.slice(i).join(".");
        if (!quoted(ns)) continue;
        if (quoted(rest)) return false;
        // dynamic: t(`prefix.${x}`) with the last part listed as a value somewhere
        const prefix = parts.slice(i, -1).join(".");
        if (prefix && code.includes(`\`${prefix}.\${`) && quoted(parts[parts.length - 1])) return false;
      }
      return true;
    });
    expect(unused).toEqual([]);
  });
});
