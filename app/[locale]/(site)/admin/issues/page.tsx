import type { Metadata } from "next";
import { adminIssues } from "@/db/queries/admin";
import { clusterLabel } from "@/lib/domain";
import { requireEditor } from "../_lib/auth";
import { AdminListPage } from "../_lib/list-page";

export const metadata: Metadata = { title: "Issues" };

export default async function AdminIssuesPage() {
  await requireEditor();
  return (
    <AdminListPage
      title="Issues"
      add={{ href: "/admin/issues/new", label: "Add issue" }}
      caption="Issues in display order"
      rows={adminIssues()}
      rowKey={(i) => i.slug}
      edit={(i) => ({ href: `/admin/issues/${i.slug}`, name: i.title })}
      columns={[
        { header: "Order", className: "tabular-nums", cell: (i) => i.displayOrder },
        { header: "Issue", cell: (i) => <><span className="font-medium">{i.title}</span><span className="block font-mono text-xs text-slate-500">{i.slug}</span></> },
        { header: "Cluster", cell: (i) => clusterLabel(i.cluster) },
        { header: "Scale (−2 … +2)", className: "text-xs text-slate-700", cell: (i) => `${i.scale[0]} … ${i.scale[4]}` },
      ]}
    />
  );
}
