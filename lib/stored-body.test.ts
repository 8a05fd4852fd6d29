import { describe, expect, it } from "vitest";
import { strongEtag } from "./http";
import { BodyStore, bytesEtag } from "./stored-body";

const text = (n: number, seed = "x") => JSON.stringify({ seed, rows: Array.from({ length: n }, (_, i) => `row ${i} of the same matrix`) });

describe("stored answers", () => {
  it("keys a body by the strong ETag of its bytes, the same as strongEtag of its text", async () => {
    const store = new BodyStore(1 << 20);
    const t = text(100, "é 입장"); // not ASCII: the bytes are UTF-8
    const body = store.put(t);
    expect(body.etag).toBe(await strongEtag(t));
    expect(bytesEtag(Buffer.from(t))).toBe(body.etag);
    expect(Buffer.from(body.bytes).toString()).toBe(t);
    expect(store.put(t)).toBe(body);
    expect(store.get(body.etag)).toBe(body);
    expect(store.count).toBe(1);
    expect(store.bytes).toBe(Buffer.byteLength(t));
  });

  it("stays within its budget, dropping the least recently used body first", () => {
    const size = Buffer.byteLength(text(1000, "a"));
    const store = new BodyStore(Math.floor(size * 3.5));
    const a = store.put(text(1000, "a"));
    const b = store.put(text(1000, "b"));
    const c = store.put(text(1000, "c"));
    expect(store.get(a.etag)).toBe(a); // a is now the most recently used
    const d = store.put(text(1000, "d"));
    expect(store.get(b.etag)).toBeUndefined();
    expect([a, c, d].every((x) => store.get(x.etag) === x)).toBe(true);
    expect(store.count).toBe(3);
    expect(store.bytes).toBe(3 * size);
    expect(store.bytes).toBeLessThanOrEqual(store.maxBytes);
  });

  it("answers a body larger than the whole budget without keeping it or dropping the others", () => {
    const store = new BodyStore(10_000);
    const small = store.put(text(10));
    const huge = store.put(text(10_000, "huge"));
    expect(Buffer.from(huge.bytes).toString()).toBe(text(10_000, "huge"));
    expect(store.get(huge.etag)).toBeUndefined();
    expect(store.get(small.etag)).toBe(small);
    expect(store.bytes).toBe(small.bytes.byteLength);
  });
});
