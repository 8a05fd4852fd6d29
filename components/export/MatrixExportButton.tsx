"use client";

import type { ComponentProps } from "react";
import { LazyExportButton } from "./LazyExportButton";
import type { MatrixExport } from "./MatrixExport";

type MenuProps = Omit<ComponentProps<typeof MatrixExport>, "initialOpen">;
const loadMenu = () => import("./MatrixExport").then((m) => m.MatrixExport);

/**
 * The matrix page's Export button: the menu, its texts in both languages and next-intl's formatter load when it is
 * pressed (LazyExportButton). Texts come from the server, formatted.
 */
export function MatrixExportButton({ text, label, loadFailed, ...menu }: MenuProps & { text: string; label: string; loadFailed: string }) {
  return <LazyExportButton text={text} label={label} loadFailed={loadFailed} load={loadMenu} props={menu} />;
}
