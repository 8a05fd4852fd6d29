import { guarded, horizonHeaders, jsonError } from "@/lib/http";
import { briefingQuery, parseBriefing, type Briefing } from "@/lib/export/briefing";
import { chromiumForPdf, PdfBusyError, PdfUnavailableError, printPdf } from "../_lib/pdf";
import * as cached from "@/db/cached";
import { connection } from "next/server";

type Checked = { ok: true; briefing: Briefing; chromium: string; lang: "en" | "ko" } | { ok: false; response: Response };

/** The query and the server's ability to print, checked the same way for GET and HEAD. */
async function check(request: Request): Promise<Checked> {
  const url = new URL(request.url);
  // A null-prototype record: a `__proto__` parameter is just a key here.
  const sp: Record<string, string | string[]> = Object.create(null);
  // `lang=ko` prints the Korean pack (/ko/briefing); it is not part of the pack's selection.
  const langs = url.searchParams.getAll("lang");
  if (langs.length > 1 || (langs.length === 1 && langs[0] !== "en" && langs[0] !== "ko"))
    return { ok: false, response: jsonError(400, `lang must be "en" or "ko" (given once).`) };
  const lang = langs[0] === "ko" ? "ko" : "en";
  for (const key of new Set(url.searchParams.keys())) {
    if (key === "lang") continue;
    const all = url.searchParams.getAll(key);
    sp[key] = all.length > 1 ? all : all[0];
  }
  const parsed = parseBriefing(sp, { actors: (await cached.listActors()).map((a) => a.code), issues: (await cached.listIssues()).map((i) => i.slug) });
  if (!parsed.ok) return { ok: false, response: jsonError(400, parsed.error) };
  const chromium = chromiumForPdf();
  if (!chromium.ok)
    return { ok: false, response: jsonError(501, `Server-side PDF is not available (${chromium.reason}). Open /briefing and use the browser's print / save as PDF.`) };
  return { ok: true, briefing: parsed.value, chromium: chromium.path, lang };
}

function pdfHeaders(b: Briefing): Record<string, string> {
  return {
    "Content-Type": "application/pdf",
    "Content-Disposition": `attachment; filename="stance-atlas_briefing_${b.asOf}.pdf"`,
    "Cache-Control": "no-store",
  };
}

export async function GET(request: Request) {
  await connection(); // per request: the build never runs this handler or opens the database
  return guarded(async () => {
    const c = await check(request);
    if (!c.ok) return c.response;
    // Print this server's own page (never a URL taken from the request).
    const self = `http://127.0.0.1:${process.env.PORT ?? 3000}${c.lang === "ko" ? "/ko" : ""}/briefing?${briefingQuery(c.briefing)}`;
    try {
      const [pdf, horizon] = await Promise.all([printPdf(self, c.chromium), cached.getCodingHorizon()]);
      return new Response(new Uint8Array(pdf), { headers: { ...horizonHeaders(horizon), ...pdfHeaders(c.briefing) } });
    } catch (error) {
      if (error instanceof PdfBusyError) return jsonError(503, "Two PDFs are being printed already; try again in a minute.");
      if (error instanceof PdfUnavailableError)
        return jsonError(501, "Server-side PDF is not available (playwright-core is not installed). Open /briefing and use the browser's print / save as PDF.");
      throw error;
    }
  });
}

/** HEAD answers what GET would (status and headers) without printing anything. */
export async function HEAD(request: Request) {
  await connection();
  return guarded(async () => {
    const c = await check(request);
    if (!c.ok) return new Response(null, { status: c.response.status, headers: c.response.headers });
    return new Response(null, { headers: { ...horizonHeaders(await cached.getCodingHorizon()), ...pdfHeaders(c.briefing) } });
  });
}
