import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/dates";
import type { ActorRef } from "@/lib/dto";
import type { AppLocale } from "@/lib/i18n/paths";
import type { MatrixTexts } from "./StanceMatrix";

/**
 * The stance matrix's texts in the page's language (catalogue "MatrixCell"), formatted here on the server so that
 * the table's client code needs no message formatter: "toward <actor>" per actor, the salience label per value.
 */
export async function matrixTexts(actors: readonly ActorRef[], asOf: string, locale: AppLocale): Promise<MatrixTexts> {
  const t = await getTranslations("MatrixCell");
  return {
    caption: t("caption"),
    asOf: t("asOf", { date: formatDate(asOf, locale) }),
    issue: t("issue"),
    none: t("none"),
    unsourced: t("unsourced"),
    conf: [t("confLow"), t("confMedium"), t("confHigh")],
    toward: actors.map((a) => t("toward", { name: a.shortName })),
    salience: [1, 2, 3, 4, 5].map((value) => t("salience", { value })),
  };
}
