import { cacheableResponse, guarded, horizonHeaders, jsonError } from "@/lib/http";
import { parseDateParam, unknownParams } from "@/lib/params";
import * as cached from "@/db/cached";
import { connection } from "next/server";

/**
 * GET /api/v1/positions?asOf=YYYY-MM-DD: every position in force (actor, issue, counterpart, position, salience;
 * no summaries, no evidence) with the actors and issues, the least a client needs to compute divergence. The
 * divergence page's what-if editor loads it when opened.
 */
export async function GET(request: Request) {
  await connection(); // per request: the build never runs this handler or opens the database
  return guarded(async () => {
    const sp = new URL(request.url).searchParams;
    const extra = unknownParams(sp.keys(), ["asOf"]);
    if (extra) return jsonError(400, extra);
    const asOf = parseDateParam("asOf", sp.getAll("asOf").length > 1 ? sp.getAll("asOf") : sp.get("asOf") ?? undefined);
    if (!asOf.ok) return jsonError(400, asOf.error);
    const [overview, horizon] = await Promise.all([cached.getDivergenceOverview(asOf.value), cached.getCodingHorizon()]);
    const body = {
      asOf: asOf.value,
      codedThrough: horizon,
      actors: overview.actors.map((x) => ({ code: x.code, shortName: x.shortName, color: x.color })),
      issues: overview.issues.map((i) => ({ slug: i.slug, title: i.title, cluster: i.cluster, labels: i.scale.map((p) => p.label) })),
      cells: overview.cells,
    };
    return cacheableResponse(request, JSON.stringify(body), { "Content-Type": "application/json", ...horizonHeaders(horizon) });
  });
}
