import type { MatrixGroup } from "@/components/matrix/StanceMatrix";
import * as cached from "@/db/cached";
import { CLUSTERS, clusterLabel } from "@/lib/domain";
import { toStanceTuple } from "@/lib/dto";
import { pageOf, rowsPerPage, type MatrixSelection } from "@/lib/matrix-view";

/**
 * The matrix of one selection as the table takes it: the issues in scope (a cluster, in the clusters' order), the
 * page of them shown, and the cells of that page as compact tuples. Shared by the matrix view and its embed.
 */
export async function loadMatrixTable({ asOf, cluster, page }: MatrixSelection) {
  const matrix = await cached.getMatrix(asOf, { evidence: false });
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
    groups: groupsOf(paged.items),
    cells: matrix.cells.filter((c) => slugs.has(c.issue)).map(toStanceTuple),
  };
}

/** Issue rows by cluster, in the clusters' order (unknown clusters last), each with its scale's labels. */
function groupsOf(issues: { slug: string; title: string; cluster: string; scale: { label: string }[] }[]): MatrixGroup[] {
  return [
    ...CLUSTERS.map((c) => ({ id: c.id as string, label: c.label as string })),
    ...[...new Set(issues.map((i) => i.cluster))].filter((id) => !CLUSTERS.some((c) => c.id === id)).map((id) => ({ id, label: clusterLabel(id) })),
  ]
    .map((g) => ({ ...g, issues: issues.filter((i) => i.cluster === g.id).map((i) => ({ slug: i.slug, title: i.title, labels: i.scale.map((p) => p.label) })) }))
    .filter((g) => g.issues.length > 0);
}
