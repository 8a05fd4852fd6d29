import { getTranslations } from "next-intl/server";

/** The issue clusters' names in the page's language (catalogue "Clusters"); an unknown cluster keeps its id. */
export async function clusterLabeller(): Promise<(id: string) => string> {
  const t = await getTranslations("Clusters");
  const names: Record<string, string> = {
    denuclearization: t("denuclearization"),
    "sanctions-sequencing": t("sanctionsSequencing"),
    "security-order": t("securityOrder"),
    "bilateral-humanitarian": t("bilateralHumanitarian"),
  };
  return (id) => names[id] ?? id;
}
