import { getTranslations } from "next-intl/server";
import { domainText } from "@/lib/domain";

/** The issue clusters' names in the page's language (catalogue "Domain"); an unknown cluster keeps its id. */
export async function clusterLabeller(): Promise<(id: string) => string> {
  return domainText(await getTranslations("Domain")).cluster;
}
