/** The Export button's look, shared by the menu and the matrix page's placeholder that loads it (no client hooks). */
export const EXPORT_BUTTON_CLASS =
  "inline-flex items-center gap-1.5 rounded border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-900 hover:bg-slate-50";

export function Chevron() {
  return (
    <svg aria-hidden width="10" height="10" viewBox="0 0 10 10">
      <path d="M1 3l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
