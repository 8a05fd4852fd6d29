"use client";
import { forwardRef, useId, type ReactNode } from "react";

export type DataTable = { caption: string; columns: string[]; rows: (string | number)[][] };

/**
 * The wrapper of every chart: a stable `data-chart` name, a visible title, an optional note, and the data as a
 * table behind a disclosure (for screen readers, keyboard users and anyone who wants the numbers). The ref is
 * the wrapper, so an export can find the chart's <svg> inside it.
 */
export const ChartFrame = forwardRef<
  HTMLElement,
  { name: string; title: string; note?: ReactNode; table?: DataTable; children: ReactNode; className?: string; testId?: string }
>(function ChartFrame({ name, title, note, table, children, className = "", testId }, ref) {
  const id = useId();
  return (
    <figure ref={ref} data-chart={name} data-testid={testId} aria-labelledby={`${id}-t`} className={`min-w-0 ${className}`}>
      <figcaption>
        <h3 id={`${id}-t`} className="text-sm font-semibold text-slate-900">
          {title}
        </h3>
        {note && <p className="mt-0.5 text-xs text-slate-600">{note}</p>}
      </figcaption>
      <div className="mt-2">{children}</div>
      {table && (
        <details className="no-print mt-1 text-xs">
          <summary className="cursor-pointer text-slate-600 hover:text-slate-900">Data table</summary>
          <div className="mt-1 max-h-72 overflow-auto">
            <table className="w-full text-left">
              <caption className="sr-only">{table.caption}</caption>
              <thead>
                <tr>
                  {table.columns.map((c) => (
                    <th key={c} scope="col" className="border-b border-slate-200 py-1 pr-3 font-medium text-slate-600">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((r, i) => (
                  <tr key={i} className="border-b border-slate-100">
                    {r.map((v, j) => (
                      <td key={j} className="py-0.5 pr-3 tabular-nums">
                        {v}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </figure>
  );
});
