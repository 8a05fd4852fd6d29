/**
 * The texts drawn inside exported figures (matrix, comparison), in the page's language, from the "Export"
 * catalogue: the pure builders in lib/export take them as label objects (English defaults there).
 */
import { scaleLabel } from "@/lib/domain";
import type { CompareSvgLabels } from "@/lib/export/compare-svg";
import type { LegendItem } from "@/lib/export/frame";
import { matrixLegend, type MatrixSvgLabels } from "@/lib/export/matrix-svg";

type Key =
  | "figure.svg.issue" | "figure.svg.toward" | "figure.svg.source" | "figure.svg.noSource" | "figure.svg.unsourced"
  | "figure.svg.lowConf" | "figure.svg.medConf" | "figure.svg.highConf" | "figure.svg.circle" | "figure.svg.square"
  | "figure.svg.notCompared" | "figure.svg.pressure" | "figure.svg.engagement" | "figure.svg.gapWeight" | "figure.svg.vs"
  | "figure.legend.pressure" | "figure.legend.middle" | "figure.legend.accommodation" | "figure.legend.noPosition"
  | "figure.legend.lowConfidence" | "figure.legend.salience" | "figure.legend.unsourced";
/** The "Export" namespace's translator (useTranslations or getTranslations). */
export type FigureT = (key: Key, values?: Record<string, string>) => string;

export function matrixSvgLabels(t: FigureT, cluster: (id: string) => string): MatrixSvgLabels {
  return {
    issue: t("figure.svg.issue"),
    noPosition: t("figure.legend.noPosition"),
    toward: (name) => t("figure.svg.toward", { name }),
    source: (source) => t("figure.svg.source", { source }),
    noSource: t("figure.svg.noSource"),
    unsourced: t("figure.svg.unsourced"),
    lowConf: t("figure.svg.lowConf"),
    medConf: t("figure.svg.medConf"),
    highConf: t("figure.svg.highConf"),
    cluster,
    scale: (labels, position) => (position === null ? t("figure.legend.noPosition") : scaleLabel(labels, position)),
  };
}

export function matrixLegendItems(t: FigureT): LegendItem[] {
  return matrixLegend({
    pressure: t("figure.legend.pressure"),
    middle: t("figure.legend.middle"),
    accommodation: t("figure.legend.accommodation"),
    noPosition: t("figure.legend.noPosition"),
    lowConfidence: t("figure.legend.lowConfidence"),
    salience: t("figure.legend.salience"),
    unsourced: t("figure.legend.unsourced"),
  });
}

export function compareSvgLabels(t: FigureT, locale: string): CompareSvgLabels {
  return {
    circle: (name) => t("figure.svg.circle", { name }),
    square: (name) => t("figure.svg.square", { name }),
    source: (source) => t("figure.svg.source", { source }),
    notCompared: (missing) => t("figure.svg.notCompared", { missing }),
    and: (names) => new Intl.ListFormat(locale, { type: "conjunction" }).format(names),
    pressure: t("figure.svg.pressure"),
    engagement: t("figure.svg.engagement"),
    gapWeight: t("figure.svg.gapWeight"),
    vs: t("figure.svg.vs"),
  };
}
