/** The title block of a view: an eyebrow, the h1 and a short explanation. */
export function PageHeader({ eyebrow, title, children }: { eyebrow?: string; title: React.ReactNode; children?: React.ReactNode }) {
  return (
    <header>
      {eyebrow && <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{eyebrow}</p>}
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      {children && <div className="mt-1 max-w-3xl text-sm text-slate-600">{children}</div>}
    </header>
  );
}
