import { MatrixExport } from "@/components/export/MatrixExport";
import { AsOfControl } from "@/components/matrix/AsOfControl";
import { MatrixLegend } from "@/components/matrix/MatrixLegend";
import { StanceMatrix } from "@/components/matrix/StanceMatrix";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { getMatrix } from "@/db/queries/matrix";
import { listEvents } from "@/db/queries/reference";
import { CLUSTERS, clusterLabel } from "@/lib/domain";
import { todayIso } from "@/lib/dates";
import { parseChoice, parseDateParam } from "@/lib/params";
import Link from "next/link";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function MatrixPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const today = todayIso();
  const asOf = parseDateParam("asOf", sp.asOf, today);
  const cluster = parseChoice("cluster", sp.cluster, CLUSTERS.map((c) => c.id));
  if (!asOf.ok || !cluster.ok)
    return (
      <ErrorPanel
        message={(!asOf.ok ? asOf.error : "") + (!cluster.ok ? ` ${cluster.error}` : "")}
        back={{ href: "/", label: "Show the matrix as of today" }}
      />
    );

  const matrix = getMatrix({ asOf: asOf.value });
  const events = listEvents();
  const issues = cluster.value ? matrix.issues.filter((i) => i.cluster === cluster.value) : matrix.issues;
  const coded = matrix.cells.length;
  const shown = matrix.cells.filter((c) => issues.some((i) => i.slug === c.issue)).length;
  const clusterHref = (id?: string) => {
    const q = new URLSearchParams();
    if (sp.asOf) q.set("asOf", asOf.value);
    if (id) q.set("cluster", id);
    const s = q.toString();
    return s ? `/?${s}` : "/";
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
        <h1 className="text-2xl font-semibold tracking-tight">Where the actors stand</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          Positions of {matrix.actors.length} actors on {matrix.issues.length} issues of the Korean Peninsula peace
          process, as coded from dated public evidence. {coded} stances in force on this date.
        </p>
        </div>
        <MatrixExport
          asOf={asOf.value}
          cluster={cluster.value}
          clusterLabel={cluster.value ? clusterLabel(cluster.value) : undefined}
          emptyReason={
            matrix.actors.length === 0 || issues.length === 0 || shown === 0
              ? "No stances are in force on this date for this selection; there is nothing to export."
              : null
          }
        />
      </div>
      <AsOfControl action="/" asOf={asOf.value} today={today} events={events} params={{ cluster: cluster.value }} />
      <nav aria-label="Filter by cluster" className="no-print flex flex-wrap gap-2 text-sm">
        <Link href={clusterHref()} aria-current={!cluster.value ? "page" : undefined} className="rounded-full border border-slate-300 bg-white px-3 py-1 aria-[current=page]:border-slate-900 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white">
          All clusters
        </Link>
        {CLUSTERS.map((c) => (
          <Link key={c.id} href={clusterHref(c.id)} aria-current={cluster.value === c.id ? "page" : undefined} className="rounded-full border border-slate-300 bg-white px-3 py-1 aria-[current=page]:border-slate-900 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white">
            {c.label}
          </Link>
        ))}
      </nav>
      {matrix.actors.length === 0 || issues.length === 0 ? (
        <ErrorPanel title="Nothing to show" message="There are no actors or issues in the database yet. Run npm run db:seed to load the curated dataset." />
      ) : (
        <StanceMatrix actors={matrix.actors} issues={issues} cells={matrix.cells} asOf={asOf.value} />
      )}
      <MatrixLegend />
    </div>
  );
}
