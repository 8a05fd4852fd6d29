import { cacheableResponse, guarded, horizonHeaders, jsonError } from "@/lib/http";
import { parseMatrixParams } from "../_lib/matrix-params";
import * as cached from "@/db/cached";
import { connection } from "next/server";

export async function GET(request: Request) {
  await connection(); // per request: the build never runs this handler or opens the database
  return guarded(async () => {
    const params = await parseMatrixParams(new URL(request.url));
    if (!params.ok) return jsonError(400, params.error);
    const [csv, horizon] = await Promise.all([cached.matrixApiCsv(params.value), cached.getCodingHorizon()]);
    return cacheableResponse(request, csv.body, {
      ...horizonHeaders(horizon),
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="stance-atlas_stances_${params.value.asOf}.csv"`,
    }, csv.etag);
  });
}
