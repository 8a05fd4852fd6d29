import type { MatrixGroup } from "@/components/matrix/StanceMatrix";
import * as cached from "@/db/cached";
import { CLUSTERS } from "@/lib/domain";
import { toStanceTuple } from "@/lib/dto";
import type { AppLocale } from "@/lib/i18n/paths";
import { pageOf, rowsPerPage, type MatrixSelection } from "@/lib/matrix-view";

/**
 * The matrix of one selection as the table takes it: the issues in scope (a cluster, in the clusters' order), the
 * page of them shown, and the cells of that page as compact tuples, with the texts in the page's language (issue
 * titles, scale labels and actor names in Korean where stored). Shared by the matrix view and its embed.
 * `clusterLabel` names a cluster in the page's language (the Matrix catalogue's cluster names).
 */
export async function loadMatrixTable({ asOf, cluster, page }: MatrixSelection, lang: AppLocale, clusterLabel: (id: string) => string) {
  const matrix = await cached.getMatrix(asOf, { evidence: false, lang });
  const clusterOrder = (id: string) => {
    const i = CLUSTERS.findIndex((c) => c.id === id);
    return i === -1 ? CLUSTERS.length : i;
  };
  const inScope = matrix.issues
    .filter((i) => !cluster || i.cluster === cluster)
    .map((issue, index) => ({ issue, index }))
    .sort((x, y) => clusterOrder(x.issue.cluster) - clusterOrder(y.issue.cluster) || x.index - y.index)
    .map((x) => x.issue);
  const paged = pageOf(inScope, page, rowsPerPage(matrix.actors.length));
  const slugs = new Set(paged.items.map((i) => i.slug));
  return {
    matrix,
    paged,
    empty: matrix.actors.length === 0 || inScope.length === 0,
    actors: matrix.actors.map(({ code, name, shortName, color }) => ({ code, name, shortName, color })),
    groups: groupsOf(paged.items, clusterLabel),
    cells: matrix.cells.filter((c) => slugs.has(c.issue)).map(toStanceTuple),
  };
}

/** Issue rows by cluster, in the clusters' order (unknown clusters last), each with its scale's labels. */
function groupsOf(issues: { slug: string; title: string; cluster: string; scale: { label: string }[] }[], clusterLabel: (id: string) => string): MatrixGroup[] {
  const ids = [...CLUSTERS.map((c) => c.id as string), ...[...new Set(issues.map((i) => i.cluster))].filter((id) => !CLUSTERS.some((c) => c.id === id))];
  return ids
    .map((id) => ({ id, label: clusterLabel(id), issues: issues.filter((i) => i.cluster === id).map((i) => ({ slug: i.slug, title: i.title, labels: i.scale.map((p) => p.label) })) }))
    .filter((g) => g.issues.length > 0);
}
