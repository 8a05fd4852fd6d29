import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { clusterLabeller } from "@/components/matrix/cluster-label";
import { matrixTexts } from "@/components/matrix/cell-texts";
import { StanceMatrix } from "@/components/matrix/StanceMatrix";
import { EmbedFrame } from "@/components/ui/EmbedFrame";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import * as cached from "@/db/cached";
import { formatDate, todayIso } from "@/lib/dates";
import { matrixHref, parseMatrixQuery } from "@/lib/matrix-view";
import { loadMatrixTable } from "../../(site)/(dashboard)/_matrix/matrix-data";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Embed" });
  return { title: t("matrixMeta") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The stance matrix alone, for an iframe: /embed/matrix?asOf=&cluster=&page= (the matrix view's query). */
export default async function EmbedMatrixPage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  const [t, clusterLabel] = await Promise.all([getTranslations("Embed"), clusterLabeller()]);
  const today = todayIso();
  const selection = parseMatrixQuery(await searchParams, today);
  if (!selection.ok) return <ErrorPanel message={selection.error} />;
  const { asOf, cluster } = selection.value;
  const [table, horizon] = await Promise.all([loadMatrixTable(selection.value, locale, clusterLabel), cached.getCodingHorizon()]);
  const { paged } = table;
  const cellTexts = await matrixTexts(table.actors, asOf, locale);
  const parts = [cluster ? clusterLabel(cluster) : null, paged.pages > 1 ? t("matrixPage", { first: paged.first, last: paged.last, total: paged.total }) : null].filter(Boolean);
  return (
    <EmbedFrame
      title={t("matrixTitle", { date: formatDate(asOf, locale) })}
      subtitle={parts.length ? `${t("matrixSubtitle")} · ${parts.join(", ")}` : t("matrixSubtitle")}
      asOf={asOf}
      horizon={horizon}
      viewHref={matrixHref(selection.value, today)}
    >
      {table.empty || selection.value.page > paged.pages ? (
        <p className="text-sm text-slate-600">{t("matrixEmpty")}</p>
      ) : (
        <StanceMatrix actors={table.actors} groups={table.groups} asOf={asOf} locale={locale} texts={cellTexts} linkTarget="_top" />
      )}
    </EmbedFrame>
  );
}
