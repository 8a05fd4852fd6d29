import Link from "next/link";
import { Suspense } from "react";
import { NavLinks, PlainNavLinks } from "./NavLinks";

export function SiteHeader() {
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight text-slate-900">
          <span aria-hidden className="inline-block h-4 w-4 rounded-sm bg-gradient-to-r from-[#542788] via-[#f7f7f7] to-[#b35806] ring-1 ring-slate-300" />
          Stance Atlas
        </Link>
        <nav aria-label="Main" className="nav-row -mx-2 flex max-w-full flex-wrap text-sm">
          <Suspense fallback={<PlainNavLinks />}>
            <NavLinks />
          </Suspense>
        </nav>
      </div>
    </header>
  );
}
