/** The compare view's issue order (components/compare/CompareView.tsx and its embed). Pure. */
import type { IssueGap } from "./divergence";
import { CLUSTERS } from "./domain";

export type CompareSort = "gap" | "weighted" | "cluster";

/**
 * Gaps in the chosen order: largest gap first (then weighted gap), largest weighted gap first (then gap), or by
 * cluster; ties keep the issues' own order. `issues` gives that order and each issue's cluster.
 */
export function sortGaps(gaps: readonly IssueGap[], sort: CompareSort, issues: readonly { slug: string; cluster: string }[]): IssueGap[] {
  const order = new Map(issues.map((i, n) => [i.slug, n]));
  const clusterOf = new Map(issues.map((i) => [i.slug, i.cluster]));
  const clusterRank = (slug: string) => {
    const n = CLUSTERS.findIndex((c) => c.id === clusterOf.get(slug));
    return n < 0 ? 99 : n;
  };
  return [...gaps].sort((x, y) => {
    const ox = order.get(x.issue)! - order.get(y.issue)!;
    if (sort === "cluster") return clusterRank(x.issue) - clusterRank(y.issue) || ox;
    const k = (g: IssueGap) => (sort === "gap" ? [g.distance ?? -1, g.weightedGap ?? -1] : [g.weightedGap ?? -1, g.distance ?? -1]);
    const [x1, x2] = k(x);
    const [y1, y2] = k(y);
    return y1 - x1 || y2 - x2 || ox;
  });
}
