import type { Metadata } from "next";
import { adminActors } from "@/db/queries/admin";
import { requireEditor } from "../_lib/auth";
import { AdminListPage } from "../_lib/list-page";

export const metadata: Metadata = { title: "Actors" };

export default async function AdminActorsPage() {
  await requireEditor();
  return (
    <AdminListPage
      title="Actors"
      add={{ href: "/admin/actors/new", label: "Add actor" }}
      caption="Actors in display order"
      rows={adminActors()}
      rowKey={(a) => a.code}
      edit={(a) => ({ href: `/admin/actors/${a.code}`, name: a.name })}
      columns={[
        { header: "Order", className: "tabular-nums", cell: (a) => a.displayOrder },
        { header: "Code", className: "font-mono", cell: (a) => a.code },
        { header: "Name", cell: (a) => <>{a.name}<span className="block text-xs text-slate-500">{a.shortName}</span></> },
        {
          header: "Colour",
          cell: (a) => (
            <>
              <span aria-hidden className="mr-1.5 inline-block h-3 w-3 rounded-sm align-middle ring-1 ring-black/20" style={{ backgroundColor: a.color }} />
              <span className="font-mono text-xs">{a.color}</span>
            </>
          ),
        },
        { header: "Stances", className: "tabular-nums", cell: (a) => a.stanceCount },
      ]}
    />
  );
}
