import { guarded, horizonHeaders, jsonError } from "@/lib/http";
import { toCsv } from "@/lib/csv";
import { longHeader, longRows, type FullMatrixData } from "@/lib/export/spreadsheet";
import { parseMatrixParams } from "../_lib/matrix-params";
import * as cached from "@/db/cached";
import { connection } from "next/server";

/** Every stance in force on asOf in long format: one row per evidence item, with its URL and date. */
export async function GET(request: Request) {
  await connection(); // per request: the build never runs this handler or opens the database
  return guarded(async () => {
    const params = await parseMatrixParams(new URL(request.url));
    if (!params.ok) return jsonError(400, params.error);
    const [m, horizon] = await Promise.all([cached.matrixForApi(params.value), cached.getCodingHorizon()]);
    const subject = params.value.cluster ? `_${params.value.cluster}` : "";
    return new Response(toCsv(longHeader(m as FullMatrixData), longRows(m as FullMatrixData)), {
      headers: {
        ...horizonHeaders(horizon),
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="stance-atlas_stances-long${subject}_${params.value.asOf}.csv"`,
      },
    });
  });
}
