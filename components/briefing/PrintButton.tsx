"use client";

/** `label`: the button text in the page's language (passed from the server page). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
      {label}
    </button>
  );
}
