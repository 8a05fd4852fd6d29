import { matrixCsvRows, matrixForApi, STANCES_CSV_HEADER } from "@/db/queries/api";
import { toCsv } from "@/lib/csv";
import { guarded, jsonError } from "@/lib/http";
import { parseMatrixParams } from "../_lib/matrix-params";

export async function GET(request: Request) {
  return guarded(() => {
    const params = parseMatrixParams(new URL(request.url));
    if (!params.ok) return jsonError(400, params.error);
    const m = matrixForApi(params.value);
    return new Response(toCsv(STANCES_CSV_HEADER, matrixCsvRows(m)), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="stance-atlas_stances_${m.asOf}.csv"`,
      },
    });
  });
}
