import "server-only";
import { getTranslations } from "next-intl/server";

/** Cluster names in the page's language (the ids are codes; lib/domain holds the English labels). */
export async function clusterNames(): Promise<(id: string) => string> {
  const t = await getTranslations("Admin");
  const names: Record<string, string> = {
    denuclearization: t("cluster.denuclearization"),
    "sanctions-sequencing": t("cluster.sanctions-sequencing"),
    "security-order": t("cluster.security-order"),
    "bilateral-humanitarian": t("cluster.bilateral-humanitarian"),
  };
  return (id) => names[id] ?? id;
}
