"use client";
/**
 * The "someone saved in between" screen: their current values beside the ones you submitted, and a way to
 * reapply yours on top of their version. Nothing is overwritten until you save again.
 */
import { useTranslations } from "next-intl";

export type ConflictRow = { field: string; theirs: string; yours: string };

export function ConflictPanel({ message, rows, onReapply, reloadHref }: { message: string; rows: ConflictRow[]; onReapply: () => void; reloadHref: string }) {
  const t = useTranslations("AdminForm");
  return (
    <section role="alert" aria-labelledby="conflict-title" className="space-y-3 rounded-lg border-2 border-amber-500 bg-amber-50 p-4 text-amber-950">
      <h2 id="conflict-title" className="text-lg font-semibold">
        {t("conflict.title")}
      </h2>
      <p className="text-sm">{message}</p>
      <div className="overflow-x-auto">
        <table className="min-w-full border-collapse bg-white text-sm text-slate-900">
          <caption className="sr-only">{t("conflict.caption")}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-2">{t("conflict.field")}</th>
              <th scope="col" className="p-2">{t("conflict.theirs")}</th>
              <th scope="col" className="p-2">{t("conflict.yours")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.field} className={`border-b border-slate-200 align-top ${r.theirs !== r.yours ? "bg-amber-100/60" : ""}`}>
                <th scope="row" className="p-2 text-left font-medium">
                  {r.field}
                  {r.theirs !== r.yours && <span className="block text-xs font-normal text-amber-900">{t("conflict.differs")}</span>}
                </th>
                <td className="max-w-md whitespace-pre-wrap break-words p-2" data-testid={`theirs-${r.field}`}>{r.theirs || "—"}</td>
                <td className="max-w-md whitespace-pre-wrap break-words p-2" data-testid={`yours-${r.field}`}>{r.yours || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={onReapply} className="rounded bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700">
          {t("conflict.reapply")}
        </button>
        <a href={reloadHref} className="rounded border border-slate-400 bg-white px-4 py-2 text-sm font-medium text-slate-900 hover:bg-slate-100">
          {t("conflict.discard")}
        </a>
      </div>
      <p className="text-xs">
        {t("conflict.help")}
      </p>
    </section>
  );
}
