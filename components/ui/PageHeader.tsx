import type { ShareTarget } from "@/lib/share";
import { ShareButton } from "./ShareButton";

/** The title block of a view: an eyebrow, the h1 and a short explanation; the Share button when the view is shareable. */
export function PageHeader({ eyebrow, title, share, children }: { eyebrow?: string; title: React.ReactNode; share?: ShareTarget; children?: React.ReactNode }) {
  return (
    <header className="flex flex-wrap items-start justify-between gap-3">
      <div className="min-w-0">
        {eyebrow && <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{eyebrow}</p>}
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {children && <div className="mt-1 max-w-3xl text-sm text-slate-600">{children}</div>}
      </div>
      {share && <ShareButton target={share} />}
    </header>
  );
}
