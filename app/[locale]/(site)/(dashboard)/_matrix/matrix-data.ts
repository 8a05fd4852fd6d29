import type { MatrixCell, MatrixGroup } from "@/components/matrix/StanceMatrix";
import * as cached from "@/db/cached";
import { CLUSTERS, isUnsourced } from "@/lib/domain";
import type { AppLocale } from "@/lib/i18n/paths";
import { pageOf, rowsPerPage, type MatrixSelection } from "@/lib/matrix-view";

/**
 * The matrix of one selection as the table takes it: the issues in scope (a cluster, in the clusters' order), the
 * page of them shown, each with its cells as compact tuples of numbers and the scale labels its cells name (the
 * table's props are sent to the browser once more for hydration: the page's weight), in the page's language (issue
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
  const cells = matrix.cells.filter((c) => slugs.has(c.issue));
  const actorIndex = new Map(matrix.actors.map((a, n) => [a.code, n]));
  const confidence = { low: 0, medium: 1, high: 2 } as const;
  const cellsOf = new Map<string, MatrixCell[]>();
  for (const c of cells) {
    const cell: MatrixCell = [c.id, actorIndex.get(c.actor) ?? -1, c.counterpart === null ? -1 : actorIndex.get(c.counterpart) ?? -1, c.position, c.salience, confidence[c.confidence], isUnsourced(c) ? 1 : 0];
    cellsOf.set(c.issue, [...(cellsOf.get(c.issue) ?? []), cell]);
  }
  return {
    matrix,
    paged,
    empty: matrix.actors.length === 0 || inScope.length === 0,
    actors: matrix.actors.map(({ code, name, shortName, color }) => ({ code, name, shortName, color })),
    groups: groupsOf(paged.items, clusterLabel, cellsOf),
    cells,
  };
}

/**
 * Issue rows by cluster, in the clusters' order (unknown clusters last), each with its cells and the labels of its
 * scale that they name (-2 to +2; "" for a point no cell is at).
 */
function groupsOf(
  issues: { slug: string; title: string; cluster: string; scale: { label: string }[] }[],
  clusterLabel: (id: string) => string,
  cellsOf: Map<string, MatrixCell[]>,
): MatrixGroup[] {
  const row = (i: (typeof issues)[number]) => {
    const cells = cellsOf.get(i.slug) ?? [];
    const used = new Set(cells.map((c) => c[3]));
    return { slug: i.slug, title: i.title, labels: i.scale.map((p, n) => (used.has(n - 2) ? p.label : "")), cells };
  };
  const ids = [...CLUSTERS.map((c) => c.id as string), ...[...new Set(issues.map((i) => i.cluster))].filter((id) => !CLUSTERS.some((c) => c.id === id))];
  return ids
    .map((id) => ({ id, label: clusterLabel(id), issues: issues.filter((i) => i.cluster === id).map(row) }))
    .filter((g) => g.issues.length > 0);
}
