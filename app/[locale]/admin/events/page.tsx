import type { Metadata } from "next";
import { Link } from "@/i18n/link";
import { adminEvents } from "@/db/queries/admin";
import { formatDate } from "@/lib/dates";
import { requireEditor } from "../_lib/auth";

export const metadata: Metadata = { title: "Events" };

export default async function AdminEventsPage() {
  await requireEditor();
  const events = adminEvents();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Events</h1>
        <Link href="/admin/events/new" className="rounded bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700">Add event</Link>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Timeline events by date</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="p-2">Date</th>
              <th scope="col" className="p-2">Event</th>
              <th scope="col" className="p-2">Actors</th>
              <th scope="col" className="p-2"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id} className="border-t border-slate-200 align-top">
                <td className="whitespace-nowrap p-2">{formatDate(e.date)}{e.endDate && <span className="block text-xs text-slate-500">to {formatDate(e.endDate)}</span>}</td>
                <td className="p-2 font-medium">{e.title}</td>
                <td className="p-2 text-xs">{e.actors.join(", ")}</td>
                <td className="p-2"><Link href={`/admin/events/${e.id}`} className="font-medium text-blue-800 underline">Edit<span className="sr-only"> {e.title}</span></Link></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
