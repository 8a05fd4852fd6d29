/** The header's navigation, in order. */
export const NAV_ITEMS: { href: string; label: string }[] = [
  { href: "/", label: "Matrix" },
  { href: "/issues", label: "Issues" },
];
