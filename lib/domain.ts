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

/** The keys of the "Domain" catalogue namespace: cluster names, "no stated position", confidence, directions. */
export type DomainKey =
  | "cluster.denuclearization"
  | "cluster.sanctionsSequencing"
  | "cluster.securityOrder"
  | "cluster.bilateralHumanitarian"
  | "noStatedPosition"
  | "confidence.low"
  | "confidence.medium"
  | "confidence.high"
  | "confidenceTag.low"
  | "confidenceTag.medium"
  | "confidenceTag.high"
  | "direction.towardEngagement"
  | "direction.towardPressure"
  | "direction.restated"
  | "direction.firstStated"
  | "direction.dropped"
  | "direction.ended";

/**
 * The domain vocabulary in one language, from a translator of the "Domain" namespace (next-intl's `t` on the
 * server or the client): `const d = domainText(await getTranslations("Domain"))`, then `d.cluster(id)`,
 * `d.scaleLabel(labels, position)`, `d.confidence.low`. Every view uses it, so a term reads the same everywhere.
 */
export function domainText(t: (key: DomainKey) => string) {
  const clusters: Record<ClusterId, string> = {
    denuclearization: t("cluster.denuclearization"),
    "sanctions-sequencing": t("cluster.sanctionsSequencing"),
    "security-order": t("cluster.securityOrder"),
    "bilateral-humanitarian": t("cluster.bilateralHumanitarian"),
  };
  const noStatedPosition = t("noStatedPosition");
  return {
    clusters: CLUSTERS.map((c) => ({ id: c.id, label: clusters[c.id] })),
    cluster: (id: string): string => clusters[id as ClusterId] ?? id,
    noStatedPosition,
    /** An issue's label for a position, or "no stated position". */
    scaleLabel: (labels: readonly string[], position: number | null): string =>
      position === null ? noStatedPosition : scaleLabel(labels, position),
    /** "low" / "medium" / "high" as a word, and as a tag ("Low confidence"). */
    confidence: { low: t("confidence.low"), medium: t("confidence.medium"), high: t("confidence.high") } satisfies Record<Confidence, string>,
    confidenceTag: { low: t("confidenceTag.low"), medium: t("confidenceTag.medium"), high: t("confidenceTag.high") } satisfies Record<Confidence, string>,
    direction: {
      "toward-engagement": t("direction.towardEngagement"),
      "toward-pressure": t("direction.towardPressure"),
      restated: t("direction.restated"),
      "first-stated": t("direction.firstStated"),
      dropped: t("direction.dropped"),
      ended: t("direction.ended"),
    },
  };
}
export type DomainText = ReturnType<typeof domainText>;
