import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FORM_LIMITS, fieldErrors, readForm, valueAt } from "./forms";
import { z } from "zod";

const PROTO_KEYS = ["__proto__", "constructor", "prototype"];

/** Names an attacker would try: prototype segments anywhere, huge and negative indices, deep nesting, bad syntax. */
const hostileSegment = fc.oneof(
  fc.constantFrom(...PROTO_KEYS),
  fc.constantFrom("[4294967294]", "[100000000]", "[-1]", "[1e9]", "[]", "[", "]", "..", "", "[0x10]"),
  fc.string({ maxLength: 12 }),
  fc.nat({ max: 10_000_000 }).map((n) => `[${n}]`),
);
const hostileName = fc.array(hostileSegment, { minLength: 1, maxLength: 8 }).map((parts) =>
  parts.reduce((name, p) => (p.startsWith("[") || !name ? name + p : `${name}.${p}`), ""),
);

function clean() {
  for (const k of ["polluted", "shell", "BASH_ENV", "x", "0"]) {
    // A polluted prototype would make every object answer these.
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, k)).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(Array.prototype, k)).toBe(false);
  }
}

describe("readForm", () => {
  it("builds nested values from Conform names, lists from repeated names, and closes holes", () => {
    const fd = new FormData();
    fd.append("$ACTION_ID_abc", "");
    fd.append("summary", "S");
    fd.append("evidence[0].title", "A");
    fd.append("evidence[2].title", "C");
    fd.append("actors", "ROK");
    fd.append("actors", "JPN");
    fd.append("file", new Blob(["x"]), "x.txt");
    const r = readForm(fd);
    expect(r).toEqual({ ok: true, values: { summary: "S", evidence: [{ title: "A" }, { title: "C" }], actors: ["ROK", "JPN"] } });
    expect(r.ok && valueAt(r.values, "evidence[1].title")).toBe("C");
    expect(r.ok && valueAt(r.values, "evidence[5].title")).toBe("");
    expect(r.ok && valueAt(r.values, "__proto__.x")).toBe("");
  });

  it("refuses __proto__, constructor and prototype segments anywhere, and pollutes nothing", () => {
    for (const name of ["__proto__.polluted", "constructor.prototype.polluted", "a.__proto__.polluted", "a[0].constructor", "prototype", "a.prototype.x", "__proto__[0]"]) {
      const fd = new FormData();
      fd.append("username", "u");
      fd.append(name, "yes");
      expect(readForm(fd).ok, name).toBe(false);
    }
    clean();
  });

  it("refuses indices above the cap, names deeper or longer than the cap, and too many fields", () => {
    const one = (name: string, value = "v") => {
      const fd = new FormData();
      fd.append(name, value);
      return readForm(fd).ok;
    };
    expect(one(`evidence[${FORM_LIMITS.index}].title`)).toBe(true);
    expect(one(`evidence[${FORM_LIMITS.index + 1}].title`)).toBe(false);
    expect(one("a[4294967294]")).toBe(false);
    expect(one("a.4294967294")).toBe(false);
    expect(one("evidence.0.title")).toBe(false);
    expect(one("a.b.c")).toBe(true);
    expect(one("a.b.c.d")).toBe(false);
    expect(one("a".repeat(FORM_LIMITS.nameLength))).toBe(true);
    expect(one("a".repeat(FORM_LIMITS.nameLength + 1))).toBe(false);
    expect(one("a", "x".repeat(FORM_LIMITS.valueLength + 1))).toBe(false);
    expect(one(Array.from({ length: 5000 }, () => "a").join("."))).toBe(false);
    const many = new FormData();
    for (let i = 0; i <= FORM_LIMITS.fields; i++) many.append(`f${i}`, "v");
    expect(readForm(many).ok).toBe(false);
  });

  it("property: any field names either give plain bounded values or a refusal; never a throw, never pollution", () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(hostileName, fc.string({ maxLength: 20 })), { maxLength: 12 }), (fields) => {
        const fd = new FormData();
        for (const [n, v] of fields) fd.append(n, v);
        const r = readForm(fd);
        if (r.ok) {
          accepted++;
          // Every array is short (indices are capped) and every object a plain one.
          const walk = (v: unknown, depth: number): void => {
            expect(depth).toBeLessThanOrEqual(FORM_LIMITS.depth + 1);
            if (Array.isArray(v)) {
              expect(v.length).toBeLessThanOrEqual(FORM_LIMITS.index + 1 + fields.length);
              v.forEach((x) => walk(x, depth + 1));
            } else if (v && typeof v === "object") {
              expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
              for (const k of Object.keys(v)) expect(PROTO_KEYS).not.toContain(k);
              Object.values(v).forEach((x) => walk(x, depth + 1));
            }
          };
          walk(r.values, 0);
        } else refused++;
        clean();
      }),
      { numRuns: 1000 },
    );
    // Both branches ran: the generator makes acceptable and hostile forms.
    expect(accepted).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(50);
  });

  it("names zod errors the way the form names its fields", () => {
    const schema = z.object({ evidence: z.array(z.object({ url: z.string().url("Bad URL") })) });
    const r = schema.safeParse({ evidence: [{ url: "https://ok.example" }, { url: "nope" }] });
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrors(r.error)).toEqual({ "evidence[1].url": ["Bad URL"] });
  });
});
