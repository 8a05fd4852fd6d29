import type { Metadata } from "next";
import { StanceMatrix } from "@/components/matrix/StanceMatrix";
import { EmbedFrame } from "@/components/ui/EmbedFrame";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import * as cached from "@/db/cached";
import { formatDate, todayIso } from "@/lib/dates";
import { clusterLabel } from "@/lib/domain";
import { matrixHref, parseMatrixQuery } from "@/lib/matrix-view";
import { loadMatrixTable } from "../../(site)/(dashboard)/_matrix/matrix-data";

export const metadata: Metadata = { title: "Stance matrix (embed)" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The stance matrix alone, for an iframe: /embed/matrix?asOf=&cluster=&page= (the matrix view's query). */
export default async function EmbedMatrixPage({ searchParams }: { searchParams: SearchParams }) {
  const today = todayIso();
  const selection = parseMatrixQuery(await searchParams, today);
  if (!selection.ok) return <ErrorPanel message={selection.error} />;
  const { asOf, cluster } = selection.value;
  const [table, horizon] = await Promise.all([loadMatrixTable(selection.value), cached.getCodingHorizon()]);
  const { paged } = table;
  const parts = [cluster ? clusterLabel(cluster) : null, paged.pages > 1 ? `issues ${paged.first}–${paged.last} of ${paged.total}` : null].filter(Boolean);
  return (
    <EmbedFrame
      title={`Where the actors stand, ${formatDate(asOf)}`}
      subtitle={`Positions on each issue's five-point scale (−2 to +2)${parts.length ? ` · ${parts.join(", ")}` : ""}`}
      asOf={asOf}
      horizon={horizon}
      viewHref={matrixHref(selection.value, today)}
    >
      {table.empty || selection.value.page > paged.pages ? (
        <p className="text-sm text-slate-600">Nothing to show for this selection.</p>
      ) : (
        <StanceMatrix actors={table.actors} groups={table.groups} cells={table.cells} asOf={asOf} linkTarget="_top" />
      )}
    </EmbedFrame>
  );
}
