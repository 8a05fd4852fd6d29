import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Mixed } from "@/components/stances/Mixed";
import { Link } from "@/i18n/link";

/** One column of an admin list: its header and what a row shows in it. */
export type ListColumn<T> = { header: string; cell: (row: T) => ReactNode; className?: string };

/**
 * The shape of the admin list pages (actors, issues, events): a heading with its "Add" link, then a table with
 * one row per record and an "Edit" link naming it. The page itself checks the session and reads the rows.
 */
export async function AdminListPage<T>({
  title,
  add,
  caption,
  columns,
  rows,
  rowKey,
  edit,
}: {
  title: string;
  add: { href: string; label: string };
  /** Said to screen readers: what the table lists and in which order. */
  caption: string;
  columns: ListColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string | number;
  /** The row's edit page and the name that completes "Edit …" for screen readers. */
  edit: (row: T) => { href: string; name: string };
}) {
  const t = await getTranslations("Admin");
  const locale = (await getLocale()) === "ko" ? "ko" : "en";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        <Link href={add.href} className="rounded bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700">{add.label}</Link>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              {columns.map((c) => (
                <th key={c.header} scope="col" className="p-2">{c.header}</th>
              ))}
              <th scope="col" className="p-2"><span className="sr-only">{t("actions")}</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const e = edit(row);
              return (
                <tr key={rowKey(row)} className="border-t border-slate-200 align-top">
                  {columns.map((c) => (
                    <td key={c.header} className={`p-2 ${c.className ?? ""}`}>{c.cell(row)}</td>
                  ))}
                  <td className="p-2"><Link href={e.href} className="font-medium text-blue-800 underline">{t("edit")}<span className="sr-only"> <Mixed text={e.name} locale={locale} /></span></Link></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
