import { cacheableResponse, guarded, horizonHeaders, jsonError } from "@/lib/http";
import * as cached from "@/db/cached";
import { connection } from "next/server";

/**
 * GET /api/v1/stances/{id}: one stance (position, salience, confidence, summary, dates, evidence count), with the
 * short names of its actor and counterpart. The matrix's tooltip reads it on hover or focus. `?lang=ko` adds the
 * Korean summary and names (`summaryKo`, `actorNameKo`, `counterpartNameKo`; null where not yet translated).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  await connection(); // per request: the build never runs this handler or opens the database
  return guarded(async () => {
    const raw = (await params).id;
    if (!/^[1-9]\d{0,9}$/.test(raw)) return jsonError(400, "id must be a stance id: a positive integer.");
    const sp = new URL(request.url).searchParams;
    const lang = sp.get("lang");
    if (sp.size > 1 || (sp.size === 1 && lang !== "ko" && lang !== "en"))
      return jsonError(400, "This answer takes one optional query parameter: lang (en or ko).");
    const id = Number(raw);
    const ko = lang === "ko";
    const [stance, actors, horizon, stanceKo, actorsKo] = await Promise.all([
      cached.stanceById(id),
      cached.listActors(),
      cached.getCodingHorizon(),
      ko ? cached.stanceById(id, "ko") : null,
      ko ? cached.listActors("ko") : null,
    ]);
    if (!stance) return jsonError(404, `No stance ${raw}.`);
    const short = (list: typeof actors, code: string | null) => (code === null ? null : list.find((a) => a.code === code)?.shortName ?? code);
    // The Korean reads fall back to English where nothing is stored: a text equal to the English is no translation.
    const korean = (en: string | null, k: string | null | undefined) => (k && k !== en ? k : null);
    const { actor, issue, counterpart, position, salience, confidence, summary, validFrom, validUntil, evidenceCount } = stance;
    const body = {
      id,
      actor,
      actorName: short(actors, actor),
      ...(actorsKo && { actorNameKo: korean(short(actors, actor), short(actorsKo, actor)) }),
      issue,
      counterpart,
      counterpartName: short(actors, counterpart),
      ...(actorsKo && { counterpartNameKo: korean(short(actors, counterpart), short(actorsKo, counterpart)) }),
      position,
      salience,
      confidence,
      summary,
      ...(stanceKo && { summaryKo: korean(summary, stanceKo.summary) }),
      validFrom,
      validUntil,
      evidenceCount,
      codedThrough: horizon,
    };
    return cacheableResponse(request, JSON.stringify(body), { "Content-Type": "application/json", ...horizonHeaders(horizon) });
  });
}
