/** The header's navigation, in order. */
export const NAV_ITEMS: { href: string; label: string }[] = [
  { href: "/", label: "Matrix" },
  { href: "/compare", label: "Compare" },
  { href: "/divergence", label: "Divergence" },
  { href: "/issues", label: "Issues" },
  { href: "/actors", label: "Actors" },
  { href: "/timeline", label: "Timeline" },
  { href: "/changes", label: "What moved" },
  { href: "/briefing", label: "Briefing" },
  { href: "/methodology", label: "Methodology" },
  { href: "/admin", label: "Admin" },
];
