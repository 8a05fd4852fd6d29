import { cacheableResponse, guarded, horizonHeaders, jsonError } from "@/lib/http";
import { parseCode, parseDateParam, unknownParams } from "@/lib/params";
import * as cached from "@/db/cached";
import { connection } from "next/server";

/** GET /api/v1/divergence?a=ROK&b=JPN&asOf=YYYY-MM-DD: one pair's per-issue gaps, overall value and agenda. */
export async function GET(request: Request) {
  await connection(); // per request: the build never runs this handler or opens the database
  return guarded(async () => {
    const sp = new URL(request.url).searchParams;
    const extra = unknownParams(sp.keys(), ["a", "b", "asOf"]);
    if (extra) return jsonError(400, extra);
    const many = (k: string) => (sp.getAll(k).length > 1 ? sp.getAll(k) : sp.get(k) ?? undefined);
    const codes = (await cached.listActors()).map((x) => x.code);
    const a = parseCode("a", many("a"), codes);
    if (!a.ok) return jsonError(400, a.error);
    const b = parseCode("b", many("b"), codes);
    if (!b.ok) return jsonError(400, b.error);
    if (!a.value || !b.value) return jsonError(400, `a and b are required: two actor codes, e.g. a=ROK&b=JPN. Known: ${codes.join(", ")}.`);
    if (a.value === b.value) return jsonError(400, "a and b must be two different actors.");
    const asOf = parseDateParam("asOf", many("asOf"));
    if (!asOf.ok) return jsonError(400, asOf.error);
    const [d, horizon] = await Promise.all([cached.divergenceForApi({ a: a.value, b: b.value, asOf: asOf.value }), cached.getCodingHorizon()]);
    return cacheableResponse(request, JSON.stringify({ ...d, codedThrough: horizon }), { "Content-Type": "application/json", ...horizonHeaders(horizon) });
  });
}
