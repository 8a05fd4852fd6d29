import { describe, expect, it } from "vitest";
import { cacheableResponse, etagMatches, PUBLIC_CACHE_CONTROL, storedResponse, strongEtag } from "./http";
import { BodyStore } from "./stored-body";

describe("read API caching", () => {
  it("a strong ETag follows the bytes of the body", async () => {
    const a = await strongEtag('{"a":1}');
    expect(a).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(await strongEtag('{"a":1}')).toBe(a);
    expect(await strongEtag('{"a":2}')).not.toBe(a);
  });

  it("If-None-Match matches the ETag in a list, its weak form and *, nothing else", () => {
    expect(etagMatches('"x", "abc"', '"abc"')).toBe(true);
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches("*", '"abc"')).toBe(true);
    expect(etagMatches('"abcd"', '"abc"')).toBe(false);
    expect(etagMatches(null, '"abc"')).toBe(false);
  });

  it("answers 200 with validators, then 304 without a body for the same ETag", async () => {
    const body = JSON.stringify({ cells: [1, 2, 3] });
    const first = await cacheableResponse(new Request("http://x/api"), body, { "Content-Type": "application/json", "X-Coded-Through": "2026-01-01" });
    expect(first.status).toBe(200);
    expect(first.headers.get("Cache-Control")).toBe(PUBLIC_CACHE_CONTROL);
    expect(await first.text()).toBe(body);
    const etag = first.headers.get("ETag")!;
    const again = await cacheableResponse(new Request("http://x/api", { headers: { "If-None-Match": etag } }), body, { "Content-Type": "application/json", "X-Coded-Through": "2026-01-01" });
    expect(again.status).toBe(304);
    expect(again.headers.get("ETag")).toBe(etag);
    expect(again.headers.get("Cache-Control")).toBe(PUBLIC_CACHE_CONTROL);
    expect(again.headers.get("X-Coded-Through")).toBe("2026-01-01");
    expect(await again.text()).toBe("");
    const changed = await cacheableResponse(new Request("http://x/api", { headers: { "If-None-Match": etag } }), body + " ", {});
    expect(changed.status).toBe(200);
  });
});

describe("stored answers", () => {
  it("sends the stored bytes as they are with their ETag and Vary, then 304 without a body", async () => {
    const store = new BodyStore(1 << 20);
    const text = JSON.stringify({ cells: [{ summary: "입장 차이" }] });
    const stored = store.put(text);
    const headers = { "Content-Type": "application/json", "X-Coded-Through": "2026-01-01" };
    const first = storedResponse(new Request("http://x/api"), stored, headers);
    expect(first.status).toBe(200);
    expect(first.headers.get("ETag")).toBe(await strongEtag(text));
    expect(first.headers.get("Vary")).toBe("Accept-Encoding");
    expect(first.headers.get("Cache-Control")).toBe(PUBLIC_CACHE_CONTROL);
    expect(await first.text()).toBe(text);
    // The stored bytes are untouched by sending them, and can be sent again.
    expect(await storedResponse(new Request("http://x/api"), stored, headers).text()).toBe(text);
    expect(Buffer.from(stored.bytes).toString()).toBe(text);

    const again = storedResponse(new Request("http://x/api", { headers: { "If-None-Match": `"other", W/${stored.etag}` } }), stored, headers);
    expect(again.status).toBe(304);
    expect(again.headers.get("ETag")).toBe(stored.etag);
    expect(again.headers.get("Vary")).toBe("Accept-Encoding");
    expect(again.headers.get("X-Coded-Through")).toBe("2026-01-01");
    expect(again.headers.get("Content-Type")).toBeNull();
    expect(await again.text()).toBe("");
    expect(storedResponse(new Request("http://x/api", { headers: { "If-None-Match": '"stale"' } }), stored, headers).status).toBe(200);
  });
});
