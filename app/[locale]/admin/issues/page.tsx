import type { Metadata } from "next";
import { Link } from "@/i18n/link";
import { adminIssues } from "@/db/queries/admin";
import { clusterLabel } from "@/lib/domain";
import { requireEditor } from "../_lib/auth";

export const metadata: Metadata = { title: "Issues" };

export default async function AdminIssuesPage() {
  await requireEditor();
  const issues = adminIssues();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Issues</h1>
        <Link href="/admin/issues/new" className="rounded bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700">Add issue</Link>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Issues in display order</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="p-2">Order</th>
              <th scope="col" className="p-2">Issue</th>
              <th scope="col" className="p-2">Cluster</th>
              <th scope="col" className="p-2">Scale (−2 … +2)</th>
              <th scope="col" className="p-2"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {issues.map((i) => (
              <tr key={i.slug} className="border-t border-slate-200 align-top">
                <td className="p-2 tabular-nums">{i.displayOrder}</td>
                <td className="p-2"><span className="font-medium">{i.title}</span><span className="block font-mono text-xs text-slate-500">{i.slug}</span></td>
                <td className="p-2">{clusterLabel(i.cluster)}</td>
                <td className="p-2 text-xs text-slate-700">{i.scale[0]} … {i.scale[4]}</td>
                <td className="p-2"><Link href={`/admin/issues/${i.slug}`} className="font-medium text-blue-800 underline">Edit<span className="sr-only"> {i.title}</span></Link></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
