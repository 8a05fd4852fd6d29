/** Core domain vocabulary shared by the database layer, the views and the seed data. Pure: no I/O. */

export const SCALE_VALUES = [-2, -1, 0, 1, 2] as const;
export type ScaleValue = (typeof SCALE_VALUES)[number];

export const CONFIDENCES = ["low", "medium", "high"] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const CLUSTERS = [
  { id: "denuclearization", label: "Denuclearization" },
  { id: "sanctions-sequencing", label: "Sanctions & sequencing" },
  { id: "security-order", label: "Military & security order" },
  { id: "bilateral-humanitarian", label: "Diplomacy, bilateral & humanitarian" },
] as const;
export type ClusterId = (typeof CLUSTERS)[number]["id"];
export const CLUSTER_IDS = CLUSTERS.map((c) => c.id) as [ClusterId, ...ClusterId[]];

/** Bars on one chart at most: with more issues (a large dataset) a chart shows the largest ones, its CSV all. */
export const CHART_MAX_BARS = 40;

/**
 * A coded position with no supporting source, shown as "unsourced" everywhere. A "no stated position" row without
 * evidence claims nothing, so it is not unsourced: its coder's note says why nothing is coded.
 */
export function isUnsourced(s: { position: number | null; evidenceCount: number }): boolean {
  return s.position !== null && s.evidenceCount === 0;
}

export function clusterLabel(id: string): string {
  return CLUSTERS.find((c) => c.id === id)?.label ?? id;
}

/** Labels of the five points of an issue's scale, ordered -2, -1, 0, +1, +2. */
export type ScaleLabels = readonly [string, string, string, string, string];

export function scaleLabel(labels: readonly string[], position: number | null): string {
  if (position === null) return "No stated position";
  return labels[position + 2] ?? String(position);
}

export function formatPosition(position: number | null): string {
  if (position === null) return "–";
  return position > 0 ? `+${position}` : String(position);
}
