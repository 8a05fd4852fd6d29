"use client";

import { useLocale, useTranslations } from "next-intl";
import type { AppLocale } from "@/lib/i18n/paths";
import type { ChartExportProps } from "./ChartExportMenu";
import { LazyExportButton } from "./LazyExportButton";

export type { ChartExportProps } from "./ChartExportMenu";

const loadMenu = () => import("./ChartExportMenu").then((m) => m.ChartExportMenu);

/**
 * A chart's Export button. Its menu, with the Export texts and the SVG framing code, is loaded when the button is
 * pressed (LazyExportButton): chart pages carry neither the menu's code nor its catalogue. Texts: "Chart".
 */
export function ChartExport(props: ChartExportProps) {
  const t = useTranslations("Chart");
  const locale = useLocale() as AppLocale;
  return (
    <LazyExportButton
      text={t("exportButton")}
      label={t("exportLabel", { label: props.label })}
      loadFailed={t("exportLoadFailed")}
      load={loadMenu}
      props={{ ...props, locale }}
    />
  );
}
