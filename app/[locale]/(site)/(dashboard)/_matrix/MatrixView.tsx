import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/link";
import { MatrixExportButton } from "@/components/export/MatrixExportButton";
import { AsOfControl } from "@/components/matrix/AsOfControl";
import { clusterLabeller } from "@/components/matrix/cluster-label";
import { MatrixLegend } from "@/components/matrix/MatrixLegend";
import { matrixTexts } from "@/components/matrix/cell-texts";
import { StanceMatrix } from "@/components/matrix/StanceMatrix";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { HorizonNotice } from "@/components/ui/HorizonNotice";
import * as cached from "@/db/cached";
import { ShareButton } from "@/components/ui/ShareButton";
import { CLUSTERS } from "@/lib/domain";
import { localizeHref } from "@/lib/i18n/paths";
import { matrixHref, pageWindow, type pageOf, type MatrixSelection } from "@/lib/matrix-view";
import { loadMatrixTable } from "./matrix-data";

/**
 * The matrix page's content for one selection, in the page's language. Served by "/" and, for valid queries, by
 * the cached route /matrix/[view] that the proxy rewrites "/" to (rendered once, then served from the page cache
 * until a write).
 */
export async function MatrixView({ selection, today }: { selection: MatrixSelection; today: string }) {
  const { asOf, cluster, page } = selection;
  const [locale, t, te, clusterLabel] = await Promise.all([getLocale(), getTranslations("Matrix"), getTranslations("Export"), clusterLabeller()]);
  const [table, events, horizon] = await Promise.all([loadMatrixTable(selection, locale, clusterLabel), cached.listEvents(locale), cached.getCodingHorizon()]);
  const { matrix, paged, empty, cells } = table;
  const cellTexts = await matrixTexts(table.actors, asOf, locale);
  const href = (change: Partial<MatrixSelection>) => localizeHref(locale, matrixHref({ ...selection, page: 1, ...change }, today));

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start gap-2">
        <div className="mr-auto">
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">
            {t("intro", { actors: matrix.actors.length, issues: matrix.issues.length, stances: matrix.cells.length })}
          </p>
        </div>
        <ShareButton target={{ path: "/", pinned: { asOf }, embed: { kind: "matrix" } }} />
        <MatrixExportButton
          text={te("button")}
          label={te("buttonLabel", { label: te("matrix.label") })}
          loadFailed={te("loadFailed")}
          locale={locale}
          asOf={asOf}
          cluster={cluster}
          clusterLabel={cluster ? clusterLabel(cluster) : undefined}
          actorNames={matrix.actors.map((a) => a.shortName)}
          emptyReason={empty || cells.length === 0 ? t("exportEmpty") : null}
        />
      </div>
      <HorizonNotice horizon={horizon} asOf={asOf} />
      <AsOfControl action="/" asOf={asOf} today={today} events={events} params={{ cluster }} allEvents="/timeline" collapsible />
      <nav aria-label={t("clusterFilter")} className="chip-row no-print flex flex-wrap gap-2 text-sm">
        <a href={href({ cluster: undefined })} aria-current={!cluster ? "page" : undefined} className="chip">
          {t("allClusters")}
        </a>
        {CLUSTERS.map((c) => (
          <a key={c.id} href={href({ cluster: c.id })} aria-current={cluster === c.id ? "page" : undefined} className="chip">
            {clusterLabel(c.id)}
          </a>
        ))}
      </nav>
      {empty ? (
        <ErrorPanel title={t("emptyTitle")} message={t("emptyText")} />
      ) : page > paged.pages ? (
        <ErrorPanel
          title={t("noPageTitle")}
          message={t("noPageText", { total: paged.total, pages: paged.pages, page })}
          back={{ href: href({}), label: t("firstPage") }}
        />
      ) : (
        <>
          {paged.pages > 1 && <Pager paged={paged} page={page} href={(p) => href({ page: p })} />}
          <StanceMatrix actors={table.actors} groups={table.groups} asOf={asOf} locale={locale} texts={cellTexts} />
          {paged.pages > 1 && <Pager paged={paged} page={page} href={(p) => href({ page: p })} />}
        </>
      )}
      <MatrixLegend />
    </div>
  );
}

async function Pager({ paged, page, href }: { paged: ReturnType<typeof pageOf>; page: number; href: (page: number) => string }) {
  const t = await getTranslations("Matrix");
  const link = "rounded border border-slate-300 bg-white px-2.5 py-1 hover:bg-slate-100";
  return (
    <nav aria-label={t("pagesLabel")} className="no-print flex flex-wrap items-center gap-2 text-sm text-slate-700">
      <span>{t("pageRange", { first: paged.first, last: paged.last, total: paged.total })}</span>
      {page > 1 && (
        <Link href={href(page - 1)} className={link} rel="prev">
          {t("previous")}
        </Link>
      )}
      {pageWindow(page, paged.pages).map((p, i) =>
        p === null ? (
          <span key={`gap-${i}`} aria-hidden className="px-1 text-slate-500">
            …
          </span>
        ) : (
          <Link key={p} href={href(p)} aria-current={p === page ? "page" : undefined} aria-label={t("pageOf", { page: p, pages: paged.pages })} className={`${link} aria-[current=page]:border-slate-900 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white`}>
            {p}
          </Link>
        ),
      )}
      {page < paged.pages && (
        <Link href={href(page + 1)} className={link} rel="next">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
