"use client";

import { matrixTexts } from "@/lib/export/matrix-texts";
import { ExportMenu } from "./ExportMenu";

/**
 * Export menu of the stance matrix. The page stays server-rendered HTML: on click this fetches the same data from
 * the read API (same asOf and cluster) and loads the SVG builder lazily.
 */
export function MatrixExport({
  asOf,
  cluster,
  clusterLabel,
  emptyReason,
  actorNames,
}: {
  asOf: string;
  cluster?: string;
  clusterLabel?: string;
  emptyReason?: string | null;
  /** The short names of the actors shown, for the prefilled subtitle of the export. */
  actorNames?: readonly string[];
}) {
  const texts = actorNames ? matrixTexts(asOf, actorNames, clusterLabel) : undefined;
  const query = new URLSearchParams({ asOf, ...(cluster ? { cluster } : {}) }).toString();
  return (
    <ExportMenu
      label="stance matrix"
      view="matrix"
      subject={cluster ?? null}
      asOf={asOf}
      emptyReason={emptyReason}
      menuAlign="left-0 sm:left-auto sm:right-0"
      texts={texts}
      detailsOption
      getSvg={async (choice) => {
        const [res, { matrixExport }] = await Promise.all([fetch(`/api/v1/matrix?${query}`), import("@/lib/export/matrix-svg")]);
        if (!res.ok) throw new Error(`the server answered ${res.status}`);
        const m = await res.json();
        if (!m.actors.length || !m.issues.length) return null;
        return matrixExport(m, {
          clusterLabel,
          details: choice.details,
          ...(choice.title !== undefined ? { title: choice.title, subtitle: choice.subtitle, note: choice.note } : {}),
          width: choice.size.width,
          height: choice.size.height ?? "fit",
        });
      }}
      files={[
        { id: "xlsx", text: "Excel workbook (.xlsx)", hint: "grid + every stance with evidence", url: `/api/v1/matrix.xlsx?${query}`, ext: "xlsx" },
        { id: "long", text: "CSV, long format", hint: "one row per evidence item, with URLs", url: `/api/v1/stances-long.csv?${query}`, ext: "csv", suffix: "long" },
      ]}
      getCsv={async () => {
        const res = await fetch(`/api/v1/stances.csv?${query}`);
        if (!res.ok) throw new Error(`the server answered ${res.status}`);
        return res.text();
      }}
    />
  );
}
