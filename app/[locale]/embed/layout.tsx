import type { Metadata } from "next";

export const metadata: Metadata = { robots: { index: false } };

/**
 * The embeds: one chart for an iframe on another site, without the site's chrome (which is app/[locale]/(site)),
 * white and as wide as the frame. next.config.ts gives /embed/* the framable headers (lib/security-headers.ts:
 * frame-ancestors *, no X-Frame-Options) and every other path the DENY ones.
 */
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return <main className="embed bg-white px-3 py-2">{children}</main>;
}
