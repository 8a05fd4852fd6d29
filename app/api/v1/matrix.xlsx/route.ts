import { guarded, horizonHeaders, jsonError } from "@/lib/http";
import { matrixWorkbook, type FullMatrixData } from "@/lib/export/spreadsheet";
import { parseMatrixParams } from "../_lib/matrix-params";
import * as cached from "@/db/cached";
import { connection } from "next/server";

/** The matrix as an Excel workbook (exceljs): the grid, every stance with its evidence, and what the file is. */
export async function GET(request: Request) {
  await connection(); // per request: the build never runs this handler or opens the database
  return guarded(async () => {
    const params = await parseMatrixParams(new URL(request.url));
    if (!params.ok) return jsonError(400, params.error);
    const [m, horizon] = await Promise.all([cached.matrixForApi(params.value), cached.getCodingHorizon()]);
    const bytes = await matrixWorkbook(m as FullMatrixData);
    const subject = params.value.cluster ? `_${params.value.cluster}` : "";
    return new Response(bytes as Uint8Array<ArrayBuffer>, {
      headers: {
        ...horizonHeaders(horizon),
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="stance-atlas_matrix${subject}_${params.value.asOf}.xlsx"`,
      },
    });
  });
}
