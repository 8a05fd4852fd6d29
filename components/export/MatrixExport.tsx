"use client";

import { NextIntlClientProvider, useLocale, useTranslations } from "next-intl";
import en from "@/messages/en/export.json";
import ko from "@/messages/ko/export.json";
import { formatDate } from "@/lib/dates";
import { clusterNames } from "../divergence/clusters";
import { ExportMenu } from "./ExportMenu";
import { matrixLegendItems, matrixSvgLabels } from "./figure-labels";
import { exportSource } from "./source";

type Props = {
  asOf: string;
  cluster?: string;
  clusterLabel?: string;
  emptyReason?: string | null;
  /** The short names of the actors shown, for the prefilled subtitle of the export. */
  actorNames?: readonly string[];
  /** Open at once with this item focused (loaded by MatrixExportButton's press). */
  initialOpen?: "first" | "last";
};

/**
 * Export menu of the stance matrix. The page stays server-rendered HTML: on click this fetches the same data from
 * the read API (same asOf and cluster) and loads the SVG builder lazily. The matrix page does not load this module
 * with its scripts: MatrixExportButton imports it when the Export button is pressed (or hovered), with its texts
 * (messages/<lang>/export.json) and next-intl's formatter, so neither weighs on the page's HTML or first-load JS.
 */
export function MatrixExport({ locale, ...props }: Props & { locale: "en" | "ko" }) {
  return (
    <NextIntlClientProvider locale={locale} messages={locale === "ko" ? ko : en} timeZone="UTC">
      <MatrixExportMenu {...props} />
    </NextIntlClientProvider>
  );
}

function MatrixExportMenu({
  asOf,
  cluster,
  clusterLabel,
  emptyReason,
  actorNames,
  initialOpen,
}: Props) {
  const t = useTranslations("Export");
  const clusterName = clusterNames(useTranslations("FigureClusters"));
  const locale = useLocale();
  // English keeps the ISO date of lib/export/matrix-texts; Korean writes "2019년 3월 1일".
  const date = locale === "en" ? asOf : formatDate(asOf, "ko");
  const actors = actorNames ? new Intl.ListFormat(locale, { type: "conjunction" }).format(actorNames) : "";
  const texts = actorNames
    ? {
        title: t("matrix.title"),
        subtitle: clusterLabel ? t("matrix.subtitleCluster", { actors, cluster: clusterLabel, date }) : t("matrix.subtitle", { actors, date }),
        note: t("matrix.note"),
      }
    : undefined;
  const query = new URLSearchParams({ asOf, ...(cluster ? { cluster } : {}) }).toString();
  // The image in the page's language: Korean names, titles, labels and summaries where stored (lang=ko).
  const dataQuery = locale === "ko" ? `${query}&lang=ko` : query;
  return (
    <ExportMenu
      label={t("matrix.label")}
      view="matrix"
      subject={cluster ?? null}
      asOf={asOf}
      emptyReason={emptyReason}
      menuAlign="left-0 sm:left-auto sm:right-0"
      texts={texts}
      detailsOption
      initialOpen={initialOpen}
      getSvg={async (choice) => {
        const [res, { koreanMatrix, matrixExport }] = await Promise.all([fetch(`/api/v1/matrix?${dataQuery}`), import("@/lib/export/matrix-svg")]);
        if (!res.ok) throw new Error(t("serverAnswered", { status: res.status }));
        const m = locale === "ko" ? koreanMatrix(await res.json()) : await res.json();
        if (!m.actors.length || !m.issues.length) return null;
        return matrixExport(m, {
          clusterLabel,
          details: choice.details,
          ...(choice.title !== undefined ? { title: choice.title, subtitle: choice.subtitle, note: choice.note } : (texts ?? {})),
          labels: matrixSvgLabels(t, clusterName),
          legend: matrixLegendItems(t),
          source: exportSource(t, locale, m.asOf, m.codedThrough),
          width: choice.size.width,
          height: choice.size.height ?? "fit",
        });
      }}
      files={[
        { id: "xlsx", text: t("matrix.xlsx"), hint: t("matrix.xlsxHint"), url: `/api/v1/matrix.xlsx?${query}`, ext: "xlsx" },
        { id: "long", text: t("matrix.long"), hint: t("matrix.longHint"), url: `/api/v1/stances-long.csv?${query}`, ext: "csv", suffix: "long" },
      ]}
      getCsv={async () => {
        const res = await fetch(`/api/v1/stances.csv?${query}`);
        if (!res.ok) throw new Error(t("serverAnswered", { status: res.status }));
        return res.text();
      }}
    />
  );
}
