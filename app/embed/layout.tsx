import type { Metadata } from "next";

export const metadata: Metadata = { robots: { index: false } };

/**
 * The embeds: one chart for an iframe on another site. The root layout's header and footer are hidden on these pages
 * (app/globals.css, body:has(> main > .embed)); next.config.ts gives /embed/* the framable headers
 * (lib/security-headers.ts: frame-ancestors *, no X-Frame-Options) and every other path the DENY ones.
 */
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return <div className="embed">{children}</div>;
}
