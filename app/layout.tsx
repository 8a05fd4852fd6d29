import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { SiteHeader } from "@/components/ui/SiteHeader";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Stance Atlas", template: "%s · Stance Atlas" },
  description: "Where the actors of the Korean Peninsula peace process stand, issue by issue, and how that changed.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-7xl px-4 py-6">
          {children}
        </main>
        <footer className="no-print mx-auto max-w-7xl px-4 pb-8 pt-4 text-xs text-slate-500">
          Positions are codings of public sources, proposals for analysts to review. Primary source: IFANS Focus, YOON
          Sukjung, 2021-02-03.{" "}
          <Link href="/methodology" prefetch={false} className="text-blue-800 underline">
            Methodology: how positions are coded, the scale, sources, the coding horizon and how to cite
          </Link>
        </footer>
      </body>
    </html>
  );
}
