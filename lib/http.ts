/** Small helpers for the read API's responses (web-standard Response, no framework imports). */

export function jsonError(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}

/** Runs a handler; anything unexpected becomes a plain 500 without internals (logged on the server). */
export async function guarded(handler: () => Response | Promise<Response>): Promise<Response> {
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
