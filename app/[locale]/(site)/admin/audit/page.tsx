import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { parseErrorText } from "@/lib/params";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { localizeHref, type AppLocale } from "@/lib/i18n/paths";
import { Link } from "@/i18n/link";
import { RevertForm, type RevertPreview } from "@/components/forms/RevertForm";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { auditPage, auditUsernames, type AuditView } from "@/db/queries/admin";
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, AUDIT_PAGE_SIZE, auditQuery, parseAuditFilter } from "@/lib/admin/audit-filter";
import { diffSnapshots } from "@/lib/admin/diff";
import { Mixed } from "@/components/stances/Mixed";
import { requireEditor } from "../_lib/auth";
import { diffLabels } from "../_lib/diff-labels";
import { auditEntityNames, auditSummaries } from "../_lib/summaries";
import { revertEntry } from "./actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminPages" });
  return { title: t("audit.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A moment in UTC, to the second, in the page's language. */
function formatAt(iso: string, locale: AppLocale): string {
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", second: "2-digit", timeZone: "UTC", timeZoneName: "short" }).format(new Date(iso));
}

/** What reverting an entry will do, in words: the created record removed, or each field going back. */
function revertPreview(e: AuditView, label: Awaited<ReturnType<typeof diffLabels>>, entity: string, summary: string): RevertPreview {
  if (e.before === null) return { kind: "remove", what: `${entity} #${e.entityId} (${summary})` };
  return { kind: "restore", changes: diffSnapshots(e.after, e.before).map(label).map((c) => ({ field: c.field, now: c.before, back: c.after })) };
}

const field = "mt-1 rounded border border-slate-300 bg-white px-2 py-1.5 text-sm";

export default async function AuditPage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  const user = await requireEditor();
  const t = await getTranslations("AdminPages");
  const actionName: Record<string, string> = {
    create: t("audit.actionName.create"),
    update: t("audit.actionName.update"),
    delete: t("audit.actionName.delete"),
    revert: t("audit.actionName.revert"),
    disable: t("audit.actionName.disable"),
    enable: t("audit.actionName.enable"),
    "reset-password": t("audit.actionName.reset-password"),
    "change-password": t("audit.actionName.change-password"),
  };
  const label = await diffLabels();
  const summary = await auditSummaries();
  const entityName = auditEntityNames(t);
  const sp = await searchParams;
  const usernames = auditUsernames();
  const parsed = parseAuditFilter((k) => sp[k], usernames);
  if (!parsed.ok) return <ErrorPanel message={parseErrorText([parsed], await getTranslations("Errors"))} back={{ href: localizeHref(locale, "/admin/audit"), label: t("audit.showAll") }} />;
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

  /** The entry's summary in the page's language, or the stored English one when its snapshots do not say enough. */
  const summaryOf = (e: AuditView) => summary(e) ?? <span lang="en">{e.summary}</span>;

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("audit.title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          {t("audit.intro")} {isAdmin ? t("audit.introAdmin") : t("audit.introEditor")}
        </p>
      </div>
      <form key={auditQuery(filter)} method="get" autoComplete="off" data-url-form action={localizeHref(locale, "/admin/audit")} aria-label={t("audit.filterLabel")} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
        <div>
          <label htmlFor="f-user" className="block text-xs font-medium text-slate-600">{t("audit.user")}</label>
          <select id="f-user" name="user" defaultValue={filter.username ?? ""} className={field}>
            <option value="">{t("audit.anyone")}</option>
            {usernames.map((u) => (
              <option key={u} value={u}>{u}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-entity" className="block text-xs font-medium text-slate-600">{t("audit.entity")}</label>
          <select id="f-entity" name="entity" defaultValue={filter.entityType ?? ""} className={field}>
            <option value="">{t("audit.any")}</option>
            {AUDIT_ENTITY_TYPES.map((e) => (
              <option key={e} value={e}>{entityName[e] ?? e}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-id" className="block text-xs font-medium text-slate-600">{t("audit.entityId")}</label>
          <input id="f-id" name="id" inputMode="numeric" pattern="[1-9][0-9]{0,9}" defaultValue={filter.entityId ?? ""} className={`${field} w-24`} />
        </div>
        <div>
          <label htmlFor="f-action" className="block text-xs font-medium text-slate-600">{t("audit.action")}</label>
          <select id="f-action" name="action" defaultValue={filter.action ?? ""} className={field}>
            <option value="">{t("audit.any")}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>{actionName[a] ?? a}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-from" className="block text-xs font-medium text-slate-600">{t("audit.from")}</label>
          <input id="f-from" name="from" type="date" defaultValue={filter.from ?? ""} className={field} />
        </div>
        <div>
          <label htmlFor="f-to" className="block text-xs font-medium text-slate-600">{t("audit.to")}</label>
          <input id="f-to" name="to" type="date" defaultValue={filter.to ?? ""} className={field} />
        </div>
        <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">{t("audit.filter")}</button>
        {filtered && (
          <Link href="/admin/audit" className="py-1.5 text-sm text-blue-800 underline">{t("audit.everything")}</Link>
        )}
      </form>
      <p className="text-sm text-slate-700" data-testid="audit-count" aria-live="polite">
        {total === 0
          ? filtered ? t("audit.noMatch") : t("audit.empty")
          : entries.length === 0
            ? t("audit.noPage", { page: filter.page, pages })
            : t(filtered ? "audit.rangeMatching" : "audit.range", { first: String(first), last: String(first + entries.length - 1), total: String(total) })}
      </p>
      <ol className="space-y-3">
        {entries.map((e) => {
          const changes = diffSnapshots(e.before, e.after).map(label);
          return (
            <li key={e.id} className="rounded-lg border border-slate-200 bg-white p-3" data-testid={`audit-${e.id}`} aria-labelledby={`audit-${e.id}-title`}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <h2 id={`audit-${e.id}-title`} className="font-medium">
                    #{e.id} · {summaryOf(e)}
                  </h2>
                  <p className="text-xs text-slate-600">
                    {formatAt(e.at, locale)} · {t.rich("audit.by", { user: e.username, b: (chunks) => <strong lang="en">{chunks}</strong> })}
                    {e.reviewerUsername && <> · {t.rich("audit.reviewedBy", { user: e.reviewerUsername, b: (chunks) => <strong lang="en">{chunks}</strong> })}</>} ·{" "}
                    {actionName[e.action] ?? e.action} ·{" "}
                    <Link href={`/admin/audit?${new URLSearchParams({ entity: e.entityType, id: String(e.entityId) })}`} className="text-blue-800 underline">
                      {entityName[e.entityType] ?? e.entityType} #{e.entityId}
                    </Link>
                    {e.revertsId && <> · {t("audit.reverts", { id: String(e.revertsId) })}</>}
                  </p>
                </div>
                {isAdmin && e.revertible && <RevertForm action={revertEntry.bind(null, e.id)} entryId={e.id} label={t("audit.revert", { id: String(e.id) })} preview={revertPreview(e, label, entityName[e.entityType] ?? e.entityType, summary(e) ?? e.summary)} />}
              </div>
              {changes.length > 0 && (
                <div className="mt-2 overflow-x-auto">
                  <table className="min-w-full text-sm">
                    <caption className="sr-only">{t("audit.changesCaption", { id: String(e.id) })}</caption>
                    <thead className="text-left text-xs text-slate-600">
                      <tr>
                        <th scope="col" className="p-1 pr-3">{t("audit.colField")}</th>
                        <th scope="col" className="p-1 pr-3">{t("audit.colBefore")}</th>
                        <th scope="col" className="p-1">{t("audit.colAfter")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {changes.map((c) => (
                        <tr key={c.field} className="border-t border-slate-100 align-top">
                          <th scope="row" className="p-1 pr-3 text-left font-medium">{c.field}</th>
                          <td className="max-w-md whitespace-pre-wrap break-words p-1 pr-3 text-red-900"><del className="no-underline"><Mixed text={c.before} locale={locale} /></del></td>
                          <td className="max-w-md whitespace-pre-wrap break-words p-1 text-green-900"><ins className="no-underline"><Mixed text={c.after} locale={locale} /></ins></td>
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
        <nav aria-label={t("audit.pagesLabel")} className="flex flex-wrap items-center gap-3 text-sm">
          {filter.page > 1 ? (
            <Link href={pageHref(filter.page - 1)} rel="prev" className="text-blue-800 underline">{t("audit.newer")}</Link>
          ) : (
            <span className="text-slate-400">{t("audit.newer")}</span>
          )}
          <span aria-current="page">{t("audit.page", { page: filter.page, pages })}</span>
          {filter.page < pages ? (
            <Link href={pageHref(filter.page + 1)} rel="next" className="text-blue-800 underline">{t("audit.older")}</Link>
          ) : (
            <span className="text-slate-400">{t("audit.older")}</span>
          )}
        </nav>
      )}
    </div>
  );
}
