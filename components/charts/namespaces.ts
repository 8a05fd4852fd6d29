/**
 * The catalogue namespace the charts use (client components): a page that renders a chart wraps it in
 * <ClientMessages namespaces={[...FIGURE_NAMESPACES, ...]}>. Their Export menus bring their own texts when they
 * load (ChartExport); a page that renders ExportMenu itself (the briefing's figures, the comparison) adds "Export".
 */
export const FIGURE_NAMESPACES: "Chart"[] = ["Chart"];
