import type { Metadata } from "next";
import { Link } from "@/i18n/link";
import { RevertForm, type RevertPreview } from "@/components/forms/RevertForm";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { auditPage, auditUsernames, type AuditView } from "@/db/queries/admin";
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, AUDIT_PAGE_SIZE, auditQuery, parseAuditFilter } from "@/lib/admin/audit-filter";
import { diffSnapshots } from "@/lib/admin/diff";
import { requireEditor } from "../_lib/auth";
import { revertEntry } from "./actions";

export const metadata: Metadata = { title: "Audit log" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function formatAt(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

/** What reverting an entry will do, in words: the created record removed, or each field going back. */
function revertPreview(e: AuditView): RevertPreview {
  if (e.before === null) return { kind: "remove", what: `${e.entityType} #${e.entityId} (${e.summary})` };
  return { kind: "restore", changes: diffSnapshots(e.after, e.before).map((c) => ({ field: c.field, now: c.before, back: c.after })) };
}

const field = "mt-1 rounded border border-slate-300 bg-white px-2 py-1.5 text-sm";

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireEditor();
  const sp = await searchParams;
  const usernames = auditUsernames();
  const parsed = parseAuditFilter((k) => sp[k], usernames);
  if (!parsed.ok) return <ErrorPanel message={parsed.error} back={{ href: "/admin/audit", label: "Show the whole audit log" }} />;
  const filter = parsed.value;
  const { entries, total } = auditPage(filter);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const first = (filter.page - 1) * AUDIT_PAGE_SIZE + 1;
  const filtered = auditQuery(filter, 1) !== "";
  const isAdmin = user.role === "admin";
  const pageHref = (n: number) => {
    const q = auditQuery(filter, n);
    return q ? `/admin/audit?${q}` : "/admin/audit";
  };

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Audit log</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          Every change made in the admin area: who, when, what, and the fields before and after. Entries cannot be
          edited or deleted. {isAdmin ? "An admin can revert a change after confirming what it will change; the revert is itself a new entry." : "Admins can revert changes."}
        </p>
      </div>
      <form key={auditQuery(filter)} method="get" action="/admin/audit" aria-label="Filter the audit log" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
        <div>
          <label htmlFor="f-user" className="block text-xs font-medium text-slate-600">User</label>
          <select id="f-user" name="user" defaultValue={filter.username ?? ""} className={field}>
            <option value="">Anyone</option>
            {usernames.map((u) => (
              <option key={u} value={u}>{u}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-entity" className="block text-xs font-medium text-slate-600">Entity type</label>
          <select id="f-entity" name="entity" defaultValue={filter.entityType ?? ""} className={field}>
            <option value="">Any</option>
            {AUDIT_ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>{t}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-id" className="block text-xs font-medium text-slate-600">Entity id</label>
          <input id="f-id" name="id" inputMode="numeric" pattern="[1-9][0-9]{0,9}" defaultValue={filter.entityId ?? ""} className={`${field} w-24`} />
        </div>
        <div>
          <label htmlFor="f-action" className="block text-xs font-medium text-slate-600">Action</label>
          <select id="f-action" name="action" defaultValue={filter.action ?? ""} className={field}>
            <option value="">Any</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>{a}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-from" className="block text-xs font-medium text-slate-600">From (UTC)</label>
          <input id="f-from" name="from" type="date" defaultValue={filter.from ?? ""} className={field} />
        </div>
        <div>
          <label htmlFor="f-to" className="block text-xs font-medium text-slate-600">To (UTC)</label>
          <input id="f-to" name="to" type="date" defaultValue={filter.to ?? ""} className={field} />
        </div>
        <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">Filter</button>
        {filtered && (
          <Link href="/admin/audit" className="py-1.5 text-sm text-blue-800 underline">Show everything</Link>
        )}
      </form>
      <p className="text-sm text-slate-700" data-testid="audit-count" aria-live="polite">
        {total === 0
          ? filtered ? "No entries match these filters." : "No changes recorded yet."
          : entries.length === 0
            ? `No entries on page ${filter.page}; there ${pages === 1 ? "is 1 page" : `are ${pages} pages`}.`
            : `Entries ${first}–${first + entries.length - 1} of ${total}${filtered ? " matching" : ""}, newest first.`}
      </p>
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
                    <Link href={`/admin/audit?${new URLSearchParams({ entity: e.entityType, id: String(e.entityId) })}`} className="text-blue-800 underline">
                      {e.entityType} #{e.entityId}
                    </Link>
                    {e.revertsId && <> · reverts #{e.revertsId}</>}
                  </p>
                </div>
                {isAdmin && e.revertible && <RevertForm action={revertEntry.bind(null, e.id)} label={`Revert #${e.id}`} preview={revertPreview(e)} />}
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
      {pages > 1 && (
        <nav aria-label="Audit log pages" className="flex flex-wrap items-center gap-3 text-sm">
          {filter.page > 1 ? (
            <Link href={pageHref(filter.page - 1)} rel="prev" className="text-blue-800 underline">Newer entries</Link>
          ) : (
            <span className="text-slate-400">Newer entries</span>
          )}
          <span aria-current="page">Page {filter.page} of {pages}</span>
          {filter.page < pages ? (
            <Link href={pageHref(filter.page + 1)} rel="next" className="text-blue-800 underline">Older entries</Link>
          ) : (
            <span className="text-slate-400">Older entries</span>
          )}
        </nav>
      )}
    </div>
  );
}
