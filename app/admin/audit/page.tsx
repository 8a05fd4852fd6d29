import type { Metadata } from "next";
import Link from "next/link";
import { RevertForm } from "@/components/forms/RevertForm";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { auditEntries } from "@/db/queries/admin";
import { diffSnapshots } from "@/lib/admin/diff";
import { parseChoice } from "@/lib/params";
import { requireEditor } from "../_lib/auth";
import { revertEntry } from "./actions";

export const metadata: Metadata = { title: "Audit log" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const ENTITY_TYPES = ["stance", "actor", "issue", "event", "user"];

function formatAt(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireEditor();
  const sp = await searchParams;
  const entity = parseChoice("entity", sp.entity, ENTITY_TYPES);
  const idRaw = typeof sp.id === "string" ? sp.id : undefined;
  const beforeRaw = typeof sp.before === "string" ? sp.before : undefined;
  if (!entity.ok || (idRaw && !/^\d{1,9}$/.test(idRaw)) || (beforeRaw && !/^\d{1,9}$/.test(beforeRaw)))
    return <ErrorPanel message={!entity.ok ? entity.error : "id and before must be whole numbers."} back={{ href: "/admin/audit", label: "Show the whole audit log" }} />;
  const entries = auditEntries({ entityType: entity.value, entityId: idRaw ? Number(idRaw) : undefined, beforeId: beforeRaw ? Number(beforeRaw) : undefined, limit: 50 });
  const older = entries.length === 50 ? entries[entries.length - 1].id : null;
  const isAdmin = user.role === "admin";

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Audit log</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          Every change made in the admin area: who, when, what, and the fields before and after. Entries cannot be
          edited or deleted. {isAdmin ? "An admin can revert a change; the revert is itself a new entry." : "Admins can revert changes."}
        </p>
        {(entity.value || idRaw) && (
          <p className="mt-1 text-sm">
            Showing {entity.value ?? "all"} {idRaw ? `#${idRaw}` : "entries"}. <Link href="/admin/audit" className="text-blue-800 underline">Show everything</Link>
          </p>
        )}
      </div>
      {entries.length === 0 && <p className="rounded border border-slate-200 bg-white p-4 text-sm">No changes recorded yet.</p>}
      <ol className="space-y-3">
        {entries.map((e) => {
          const changes = diffSnapshots(e.before, e.after);
          return (
            <li key={e.id} className="rounded-lg border border-slate-200 bg-white p-3" data-testid={`audit-${e.id}`} aria-labelledby={`audit-${e.id}-title`}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <h2 id={`audit-${e.id}-title`} className="font-medium">
                    #{e.id} · {e.summary}
                  </h2>
                  <p className="text-xs text-slate-600">
                    {formatAt(e.at)} · by <strong>{e.username}</strong>
                    {e.reviewerUsername && <> · reviewed by <strong>{e.reviewerUsername}</strong></>} · {e.action} ·{" "}
                    <Link href={`/admin/audit?entity=${e.entityType}&id=${e.entityId}`} className="text-blue-800 underline">
                      {e.entityType} #{e.entityId}
                    </Link>
                    {e.revertsId && <> · reverts #{e.revertsId}</>}
                  </p>
                </div>
                {isAdmin && e.revertible && <RevertForm action={revertEntry.bind(null, e.id)} label={`Revert #${e.id}`} />}
              </div>
              {changes.length > 0 && (
                <div className="mt-2 overflow-x-auto">
                  <table className="min-w-full text-sm">
                    <caption className="sr-only">Fields changed by entry {e.id}</caption>
                    <thead className="text-left text-xs text-slate-600">
                      <tr>
                        <th scope="col" className="p-1 pr-3">Field</th>
                        <th scope="col" className="p-1 pr-3">Before</th>
                        <th scope="col" className="p-1">After</th>
                      </tr>
                    </thead>
                    <tbody>
                      {changes.map((c) => (
                        <tr key={c.field} className="border-t border-slate-100 align-top">
                          <th scope="row" className="p-1 pr-3 text-left font-medium">{c.field}</th>
                          <td className="max-w-md whitespace-pre-wrap break-words p-1 pr-3 text-red-900"><del className="no-underline">{c.before}</del></td>
                          <td className="max-w-md whitespace-pre-wrap break-words p-1 text-green-900"><ins className="no-underline">{c.after}</ins></td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {older && (
        <Link href={`/admin/audit?${new URLSearchParams({ ...(entity.value ? { entity: entity.value } : {}), ...(idRaw ? { id: idRaw } : {}), before: String(older) })}`} className="text-sm text-blue-800 underline">
          Older entries
        </Link>
      )}
    </div>
  );
}
