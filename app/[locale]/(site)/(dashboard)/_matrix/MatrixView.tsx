import { Link } from "@/i18n/link";
import { MatrixExport } from "@/components/export/MatrixExport";
import { AsOfControl } from "@/components/matrix/AsOfControl";
import { MatrixLegend } from "@/components/matrix/MatrixLegend";
import { StanceMatrix } from "@/components/matrix/StanceMatrix";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { HorizonNotice } from "@/components/ui/HorizonNotice";
import * as cached from "@/db/cached";
import { ShareButton } from "@/components/ui/ShareButton";
import { CLUSTERS, clusterLabel } from "@/lib/domain";
import { matrixHref, pageWindow, type pageOf, type MatrixSelection } from "@/lib/matrix-view";
import { loadMatrixTable } from "./matrix-data";


/**
 * The matrix page's content for one selection. Served by "/" and, for valid queries, by the cached route
 * /matrix/[view] that the proxy rewrites "/" to (rendered once, then served from the page cache until a write).
 */
export async function MatrixView({ selection, today }: { selection: MatrixSelection; today: string }) {
  const { asOf, cluster, page } = selection;
  const [table, events, horizon] = await Promise.all([loadMatrixTable(selection), cached.listEvents(), cached.getCodingHorizon()]);
  const { matrix, paged, empty, cells } = table;
  const href = (change: Partial<MatrixSelection>) => matrixHref({ ...selection, page: 1, ...change }, today);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start gap-2">
        <div className="mr-auto">
          <h1 className="text-2xl font-semibold tracking-tight">Where the actors stand</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">
            Positions of {matrix.actors.length} actors on {matrix.issues.length} issues of the Korean Peninsula peace
            process, as coded from dated public evidence. {matrix.cells.length} stances in force on this date.
          </p>
        </div>
        <ShareButton target={{ path: "/", pinned: { asOf }, embed: { kind: "matrix" } }} />
        <MatrixExport
          asOf={asOf}
          cluster={cluster}
          clusterLabel={cluster ? clusterLabel(cluster) : undefined}
          actorNames={matrix.actors.map((a) => a.shortName)}
          emptyReason={
            empty || cells.length === 0 ? "No stances are in force on this date for this selection; there is nothing to export." : null
          }
        />
      </div>
      <HorizonNotice horizon={horizon} asOf={asOf} />
      <AsOfControl action="/" asOf={asOf} today={today} events={events} params={{ cluster }} allEvents="/timeline" collapsible />
      <nav aria-label="Filter by cluster" className="chip-row no-print flex flex-wrap gap-2 text-sm">
        <a href={href({ cluster: undefined })} aria-current={!cluster ? "page" : undefined} className="chip">
          All clusters
        </a>
        {CLUSTERS.map((c) => (
          <a key={c.id} href={href({ cluster: c.id })} aria-current={cluster === c.id ? "page" : undefined} className="chip">
            {c.label}
          </a>
        ))}
      </nav>
      {empty ? (
        <ErrorPanel title="Nothing to show" message="There are no actors or issues in the database yet. Run npm run db:seed to load the curated dataset." />
      ) : page > paged.pages ? (
        <ErrorPanel
          title="No such page"
          message={`This selection has ${paged.total} issues on ${paged.pages} page${paged.pages === 1 ? "" : "s"}; there is no page ${page}.`}
          back={{ href: href({}), label: "Show the first page" }}
        />
      ) : (
        <>
          {paged.pages > 1 && <Pager paged={paged} page={page} href={(p) => href({ page: p })} />}
          <StanceMatrix actors={table.actors} groups={table.groups} cells={cells} asOf={asOf} />
          {paged.pages > 1 && <Pager paged={paged} page={page} href={(p) => href({ page: p })} />}
        </>
      )}
      <MatrixLegend />
    </div>
  );
}

function Pager({ paged, page, href }: { paged: ReturnType<typeof pageOf>; page: number; href: (page: number) => string }) {
  const link = "rounded border border-slate-300 bg-white px-2.5 py-1 hover:bg-slate-100";
  return (
    <nav aria-label="Pages of issues" className="no-print flex flex-wrap items-center gap-2 text-sm text-slate-700">
      <span>
        Issues {paged.first}–{paged.last} of {paged.total}
      </span>
      {page > 1 && (
        <Link href={href(page - 1)} className={link} rel="prev">
          ← Previous
        </Link>
      )}
      {pageWindow(page, paged.pages).map((p, i) =>
        p === null ? (
          <span key={`gap-${i}`} aria-hidden className="px-1 text-slate-500">
            …
          </span>
        ) : (
          <Link key={p} href={href(p)} aria-current={p === page ? "page" : undefined} aria-label={`Page ${p} of ${paged.pages}`} className={`${link} aria-[current=page]:border-slate-900 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white`}>
            {p}
          </Link>
        ),
      )}
      {page < paged.pages && (
        <Link href={href(page + 1)} className={link} rel="next">
          Next →
        </Link>
      )}
    </nav>
  );
}
