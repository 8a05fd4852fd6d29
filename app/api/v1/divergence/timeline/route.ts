import { HISTORY_START } from "@/db/queries/divergence";
import { todayIso } from "@/lib/dates";
import { cacheableResponse, guarded, horizonHeaders, jsonError } from "@/lib/http";
import { parseDateParam, parsePairs, unknownParams } from "@/lib/params";
import * as cached from "@/db/cached";
import { connection } from "next/server";

/** GET /api/v1/divergence/timeline?pairs=ROK-JPN,USA-JPN[&from=&to=]: each pair's divergence at every change date. */
export async function GET(request: Request) {
  await connection(); // per request: the build never runs this handler or opens the database
  return guarded(async () => {
    const sp = new URL(request.url).searchParams;
    const extra = unknownParams(sp.keys(), ["pairs", "from", "to"]);
    if (extra) return jsonError(400, extra);
    const many = (k: string) => (sp.getAll(k).length > 1 ? sp.getAll(k) : sp.get(k) ?? undefined);
    const pairs = parsePairs("pairs", many("pairs"), (await cached.listActors()).map((x) => x.code), 15);
    if (!pairs.ok) return jsonError(400, pairs.error);
    if (!pairs.value) return jsonError(400, "pairs is required, e.g. pairs=ROK-JPN,USA-JPN.");
    const from = parseDateParam("from", many("from"), HISTORY_START);
    if (!from.ok) return jsonError(400, from.error);
    const to = parseDateParam("to", many("to"), todayIso());
    if (!to.ok) return jsonError(400, to.error);
    if (from.value > to.value) return jsonError(400, `from (${from.value}) must not be after to (${to.value}).`);
    const [timelines, horizon] = await Promise.all([
      cached.getDivergenceTimelines({ pairs: pairs.value, from: from.value, to: to.value }),
      cached.getCodingHorizon(),
    ]);
    return cacheableResponse(
      request,
      JSON.stringify({
        from: from.value,
        to: to.value,
        codedThrough: horizon,
        pairs: timelines.map((t) => ({ a: t.a, b: t.b, points: t.points.map((p) => ({ date: p.date, value: p.value, compared: p.compared, change: p.change })) })),
      }),
      { "Content-Type": "application/json", ...horizonHeaders(horizon) },
    );
  });
}
