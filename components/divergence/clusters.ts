/** The translator of the "FigureClusters" namespace (useTranslations or getTranslations). */
type ClusterT = (key: "denuclearization" | "sanctionsSequencing" | "securityOrder" | "bilateralHumanitarian") => string;

/** Cluster labels in the page's language, by cluster id (an unknown id is shown as it is). */
export function clusterNames(t: ClusterT): (id: string) => string {
  const names: Record<string, string> = {
    denuclearization: t("denuclearization"),
    "sanctions-sequencing": t("sanctionsSequencing"),
    "security-order": t("securityOrder"),
    "bilateral-humanitarian": t("bilateralHumanitarian"),
  };
  return (id) => names[id] ?? id;
}
