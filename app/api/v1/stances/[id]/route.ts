import { cacheableResponse, guarded, horizonHeaders, jsonError } from "@/lib/http";
import * as cached from "@/db/cached";
import { connection } from "next/server";

/**
 * GET /api/v1/stances/{id}: one stance (position, salience, confidence, summary, dates, evidence count), with the
 * short names of its actor and counterpart. The matrix's tooltip reads it on hover or focus; `?lang=ko` gives the
 * summary and the names in Korean where stored (the Korean matrix's tooltip), the only query it takes.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  await connection(); // per request: the build never runs this handler or opens the database
  return guarded(async () => {
    const raw = (await params).id;
    if (!/^[1-9]\d{0,9}$/.test(raw)) return jsonError(400, "id must be a stance id: a positive integer.");
    const query = new URL(request.url).searchParams;
    const lang = query.get("lang") === "ko" && query.size === 1 ? "ko" : "en";
    if (query.size > 0 && lang !== "ko") return jsonError(400, "This answer takes no query parameters but lang=ko.");
    const [stance, actors, horizon] = await Promise.all([cached.stanceById(Number(raw), lang), cached.listActors(lang), cached.getCodingHorizon()]);
    if (!stance) return jsonError(404, `No stance ${raw}.`);
    const short = (code: string | null) => (code === null ? null : actors.find((a) => a.code === code)?.shortName ?? code);
    const { id, actor, issue, counterpart, position, salience, confidence, summary, validFrom, validUntil, evidenceCount } = stance;
    const body = { id, actor, actorName: short(actor), issue, counterpart, counterpartName: short(counterpart), position, salience, confidence, summary, validFrom, validUntil, evidenceCount, codedThrough: horizon };
    return cacheableResponse(request, JSON.stringify(body), { "Content-Type": "application/json", ...horizonHeaders(horizon) });
  });
}
