/**
 * The catalogue namespaces the charts and their Export menus use (client components): a page that renders a
 * chart wraps it in <ClientMessages namespaces={[...FIGURE_NAMESPACES, ...]}>.
 */
export const FIGURE_NAMESPACES: ("Chart" | "Export")[] = ["Chart", "Export"];
