import { guarded, horizonHeaders, jsonError } from "@/lib/http";
import { briefingQuery, parseBriefing } from "@/lib/export/briefing";
import { chromiumForPdf, PdfBusyError, PdfUnavailableError, printPdf } from "../_lib/pdf";
import * as cached from "@/db/cached";
import { connection } from "next/server";

export async function GET(request: Request) {
  await connection(); // per request: the build never runs this handler or opens the database
  return guarded(async () => {
    const url = new URL(request.url);
    const sp: Record<string, string | string[]> = {};
    for (const key of new Set(url.searchParams.keys())) {
      const all = url.searchParams.getAll(key);
      sp[key] = all.length > 1 ? all : all[0];
    }
    const parsed = parseBriefing(sp, { actors: (await cached.listActors()).map((a) => a.code), issues: (await cached.listIssues()).map((i) => i.slug) });
    if (!parsed.ok) return jsonError(400, parsed.error);
    const chromium = chromiumForPdf();
    if (!chromium.ok) return jsonError(501, `Server-side PDF is not available (${chromium.reason}). Open /briefing and use the browser's print / save as PDF.`);
    // Print this server's own page (never a URL taken from the request).
    const self = `http://127.0.0.1:${process.env.PORT ?? 3000}/briefing?${briefingQuery(parsed.value)}`;
    try {
      const [pdf, horizon] = await Promise.all([printPdf(self, chromium.path), cached.getCodingHorizon()]);
      return new Response(new Uint8Array(pdf), {
        headers: {
          ...horizonHeaders(horizon),
          "Content-Type": "application/pdf",
          "Content-Disposition": `attachment; filename="stance-atlas_briefing_${parsed.value.asOf}.pdf"`,
          "Cache-Control": "no-store",
        },
      });
    } catch (error) {
      if (error instanceof PdfBusyError) return jsonError(503, "Two PDFs are being printed already; try again in a minute.");
      if (error instanceof PdfUnavailableError)
        return jsonError(501, "Server-side PDF is not available (playwright-core is not installed). Open /briefing and use the browser's print / save as PDF.");
      throw error;
    }
  });
}
