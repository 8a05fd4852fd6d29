/** The header's navigation, in order; `key` names the label in the "Nav" messages. */
export const NAV_ITEMS = [
  { href: "/", key: "matrix" },
  { href: "/compare", key: "compare" },
  { href: "/divergence", key: "divergence" },
  { href: "/issues", key: "issues" },
  { href: "/actors", key: "actors" },
  { href: "/timeline", key: "timeline" },
  { href: "/changes", key: "changes" },
  { href: "/briefing", key: "briefing" },
  { href: "/methodology", key: "methodology" },
  { href: "/admin", key: "admin" },
] as const;
