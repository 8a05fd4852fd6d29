import { guarded, horizonHeaders, jsonError, storedResponse } from "@/lib/http";
import { parseMatrixApiParams } from "../_lib/matrix-params";
import * as cached from "@/db/cached";
import { connection } from "next/server";

export async function GET(request: Request) {
  await connection(); // per request: the build never runs this handler or opens the database
  return guarded(async () => {
    const params = await parseMatrixApiParams(new URL(request.url));
    if (!params.ok) return jsonError(400, params.error);
    const [body, horizon] = await Promise.all([cached.matrixApiJson(params.value), cached.getCodingHorizon()]);
    return storedResponse(request, body, { "Content-Type": "application/json", ...horizonHeaders(horizon) });
  });
}
