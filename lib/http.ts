/** Small helpers for the read API's responses (web-standard Response, no framework imports). */
import type { StoredBody } from "./stored-body";

export function jsonError(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}

/** Runs a handler; anything unexpected becomes a plain 500 without internals (logged on the server). */
export async function guarded<T = Response>(handler: () => T | Promise<T>): Promise<T | Response> {
  try {
    return await handler();
  } catch (error) {
    console.error("API error:", error);
    return jsonError(500, "Internal error: the request could not be completed.");
  }
}

/** The response header that carries the coding horizon on every read API answer (omitted while nothing is coded). */
export const HORIZON_HEADER = "X-Coded-Through";

export function horizonHeaders(horizon: string | null): Record<string, string> {
  return horizon === null ? {} : { [HORIZON_HEADER]: horizon };
}

/**
 * Cache-Control of every public page and read API answer. Their content changes with any admin write and with the
 * date ("today" is the default as-of date), so a shared cache (a CDN or reverse proxy) may keep an answer for a
 * minute and serve it stale for five more while it revalidates in the background; a browser (max-age=0) always
 * asks again, and gets a 304 when its copy is still current (ETag). A write is therefore visible through such a
 * cache within s-maxage + stale-while-revalidate at worst, and on the origin at once.
 */
export const PUBLIC_MAX_AGE = 60;
export const PUBLIC_STALE = 300;
export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${PUBLIC_MAX_AGE}, stale-while-revalidate=${PUBLIC_STALE}`;

/** Read API answers are public data without cookies: any site or notebook may read them from a browser. */
export const API_CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": `ETag, ${HORIZON_HEADER}, Content-Disposition`,
};

/** A strong ETag: a hash of the exact bytes of the body. */
export async function strongEtag(body: string): Promise<string> {
  const { createHash } = await import("node:crypto");
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** True when an If-None-Match header names this ETag (or "*"); weak forms of it match too (RFC 9110 weak comparison). */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}

/**
 * A cacheable read API answer: public Cache-Control, a strong ETag of the body, and 304 Not Modified (no body,
 * the same validators) when the request's If-None-Match names it. `storedEtag`: the body's ETag computed when it
 * was cached (strongEtag), so a large stored answer is not hashed again per request.
 */
export async function cacheableResponse(request: Request, body: string, headers: Record<string, string>, storedEtag?: string): Promise<Response> {
  const etag = storedEtag ?? (await strongEtag(body));
  const common = { "Cache-Control": PUBLIC_CACHE_CONTROL, ETag: etag, ...headers };
  return notModified(request, common) ?? new Response(body, { headers: common });
}

/** 304 with the validators of `headers` (not the body's type) when If-None-Match names their ETag; else null. */
function notModified(request: Request, headers: Record<string, string>): Response | null {
  if (!etagMatches(request.headers.get("if-none-match"), headers.ETag)) return null;
  const validators = Object.entries(headers).filter(([k]) => k !== "Content-Type" && k !== "Content-Disposition");
  return new Response(null, { status: 304, headers: Object.fromEntries(validators) });
}

/**
 * `cacheableResponse` for a stored body (lib/stored-body.ts): its bytes, sent as they are, and the ETag hashed when
 * they were stored. `Vary: Accept-Encoding` (on the 304 too): Next compresses the answer per request for clients
 * that accept gzip (a route handler cannot send a body it compressed itself: Next drops its Content-Encoding), and
 * the ETag names the JSON text in either coding.
 */
export function storedResponse(request: Request, stored: StoredBody, headers: Record<string, string>): Response {
  const common = { "Cache-Control": PUBLIC_CACHE_CONTROL, Vary: "Accept-Encoding", ETag: stored.etag, ...headers };
  return notModified(request, common) ?? new Response(oneChunk(stored.bytes), { headers: common });
}

/**
 * Bytes as a stream of one chunk, the same bytes for every request that sends them: a Response made from the
 * bytes themselves copies them (4.5 MB per request for the whole matrix of 30 x 200). Nothing writes to them.
 */
function oneChunk(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}
