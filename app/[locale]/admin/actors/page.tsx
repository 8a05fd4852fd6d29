import type { Metadata } from "next";
import { Link } from "@/i18n/link";
import { adminActors } from "@/db/queries/admin";
import { requireEditor } from "../_lib/auth";

export const metadata: Metadata = { title: "Actors" };

export default async function AdminActorsPage() {
  await requireEditor();
  const actors = adminActors();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Actors</h1>
        <Link href="/admin/actors/new" className="rounded bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700">Add actor</Link>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Actors in display order</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="p-2">Order</th>
              <th scope="col" className="p-2">Code</th>
              <th scope="col" className="p-2">Name</th>
              <th scope="col" className="p-2">Colour</th>
              <th scope="col" className="p-2">Stances</th>
              <th scope="col" className="p-2"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {actors.map((a) => (
              <tr key={a.code} className="border-t border-slate-200">
                <td className="p-2 tabular-nums">{a.displayOrder}</td>
                <td className="p-2 font-mono">{a.code}</td>
                <td className="p-2">{a.name}<span className="block text-xs text-slate-500">{a.shortName}</span></td>
                <td className="p-2"><span aria-hidden className="mr-1.5 inline-block h-3 w-3 rounded-sm align-middle ring-1 ring-black/20" style={{ backgroundColor: a.color }} /><span className="font-mono text-xs">{a.color}</span></td>
                <td className="p-2 tabular-nums">{a.stanceCount}</td>
                <td className="p-2"><Link href={`/admin/actors/${a.code}`} className="font-medium text-blue-800 underline">Edit<span className="sr-only"> {a.name}</span></Link></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
