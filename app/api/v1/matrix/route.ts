import { matrixForApi } from "@/db/queries/api";
import { guarded, jsonError } from "@/lib/http";
import { parseMatrixParams } from "../_lib/matrix-params";

export async function GET(request: Request) {
  return guarded(() => {
    const params = parseMatrixParams(new URL(request.url));
    if (!params.ok) return jsonError(400, params.error);
    return Response.json(matrixForApi(params.value));
  });
}
