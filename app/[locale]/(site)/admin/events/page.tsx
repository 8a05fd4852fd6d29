import type { Metadata } from "next";
import { adminEvents } from "@/db/queries/admin";
import { formatDate } from "@/lib/dates";
import { requireEditor } from "../_lib/auth";
import { AdminListPage } from "../_lib/list-page";

export const metadata: Metadata = { title: "Events" };

export default async function AdminEventsPage() {
  await requireEditor();
  return (
    <AdminListPage
      title="Events"
      add={{ href: "/admin/events/new", label: "Add event" }}
      caption="Timeline events by date"
      rows={adminEvents()}
      rowKey={(e) => e.id}
      edit={(e) => ({ href: `/admin/events/${e.id}`, name: e.title })}
      columns={[
        {
          header: "Date",
          className: "whitespace-nowrap",
          cell: (e) => <>{formatDate(e.date)}{e.endDate && <span className="block text-xs text-slate-500">to {formatDate(e.endDate)}</span>}</>,
        },
        { header: "Event", className: "font-medium", cell: (e) => e.title },
        { header: "Actors", className: "text-xs", cell: (e) => e.actors.join(", ") },
      ]}
    />
  );
}
