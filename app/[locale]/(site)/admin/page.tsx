import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/link";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { NotTranslated } from "@/components/forms/fields";
import { Mixed } from "@/components/stances/Mixed";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { adminStanceList, missingTranslations } from "@/db/queries/admin";
import { listActors, listIssues } from "@/db/queries/reference";
import { formatAge, formatDate, todayIso } from "@/lib/dates";
import { CLUSTERS, formatPosition } from "@/lib/domain";
import { localizeHref } from "@/lib/i18n/paths";
import { positionFill, positionText } from "@/lib/palette";
import { parseAll, parseChoice, parseErrorText } from "@/lib/params";
import { requireEditor } from "./_lib/auth";
import { clusterNames } from "./_lib/labels";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminStancesPage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  await requireEditor();
  const t = await getTranslations("AdminStances");
  const ta = await getTranslations("Admin");
  const cluster = await clusterNames();
  const sp = await searchParams;
  const actors = listActors(locale);
  const issues = listIssues(locale);
  const filter = parseAll({
    actor: parseChoice("actor", sp.actor, actors.map((a) => a.code)),
    issue: parseChoice("issue", sp.issue, issues.map((i) => i.slug)),
    cluster: parseChoice("cluster", sp.cluster, CLUSTERS.map((c) => c.id)),
  });
  if (!filter.ok) return <ErrorPanel message={parseErrorText([filter], await getTranslations("Errors"))} back={{ href: localizeHref(locale, "/admin"), label: t("showAll") }} />;
  const today = todayIso();
  const chosen = filter.value;
  const rows = adminStanceList(today, chosen, locale);
  const missing = missingTranslations(today);
  const select = "mt-1 block rounded border border-slate-400 bg-white px-2 py-1.5 text-sm";
  const seriesName = (r: (typeof rows)[number]) =>
    r.counterpart
      ? t("editNameToward", { actor: r.actorName, issue: r.issueTitle, counterpart: r.counterpart })
      : t("editName", { actor: r.actorName, issue: r.issueTitle });

  return (
    <div className="space-y-4">
      <div>
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <Link href="/admin/stances/new" className="rounded bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700">{t("new")}</Link>
        </div>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      </div>
      <section aria-labelledby="missing-ko" className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950" data-testid="missing-translations">
        <h2 id="missing-ko" className="font-semibold">{t("missing.title")}</h2>
        <ul className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
          <li data-testid="missing-stances">{(missing.stances ? t("missing.stances", { count: missing.stances }) : t("missing.stancesNone"))}</li>
          <li>{(missing.evidence ? t("missing.evidence", { count: missing.evidence }) : t("missing.evidenceNone"))}</li>
          <li>
            <Link href="/admin/actors" className="underline">{(missing.actors ? t("missing.actors", { count: missing.actors }) : t("missing.actorsNone"))}</Link>
          </li>
          <li>
            <Link href="/admin/issues" className="underline">{(missing.issues ? t("missing.issues", { count: missing.issues }) : t("missing.issuesNone"))}</Link>
          </li>
          <li>
            <Link href="/admin/events" className="underline">{(missing.events ? t("missing.events", { count: missing.events }) : t("missing.eventsNone"))}</Link>
          </li>
        </ul>
      </section>
      <form method="get" autoComplete="off" data-url-form action={localizeHref(locale, "/admin")} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3" aria-label={t("filterLabel")}>
        <div>
          <label htmlFor="filter-actor" className="text-sm font-medium">{t("actor")}</label>
          <select id="filter-actor" name="actor" defaultValue={chosen.actor ?? ""} className={select}>
            <option value="">{t("allActors")}</option>
            {actors.map((a) => (
              <option key={a.code} value={a.code}>{a.shortName}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-issue" className="text-sm font-medium">{t("issue")}</label>
          <select id="filter-issue" name="issue" defaultValue={chosen.issue ?? ""} className={`${select} max-w-[16rem]`}>
            <option value="">{t("allIssues")}</option>
            {issues.map((i) => (
              <option key={i.slug} value={i.slug}>{i.title}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-cluster" className="text-sm font-medium">{t("cluster")}</label>
          <select id="filter-cluster" name="cluster" defaultValue={chosen.cluster ?? ""} className={select}>
            <option value="">{t("allClusters")}</option>
            {CLUSTERS.map((c) => (
              <option key={c.id} value={c.id}>{cluster(c.id)}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-slate-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-slate-700">{t("filter")}</button>
        <Link href="/admin" className="text-sm text-blue-800 underline">{t("clear")}</Link>
      </form>
      <p className="text-sm text-slate-600" aria-live="polite">{t("count", { count: rows.length })}</p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="p-2">{t("colIssue")}</th>
              <th scope="col" className="p-2">{t("colActor")}</th>
              <th scope="col" className="p-2">{t("colPosition")}</th>
              <th scope="col" className="p-2">{t("colSince")}</th>
              <th scope="col" className="p-2">{t("colAge")}</th>
              <th scope="col" className="p-2">{t("colKorean")}</th>
              <th scope="col" className="p-2"><span className="sr-only">{ta("actions")}</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const started = r.validFrom <= today;
              const ended = r.validUntil !== null && r.validUntil < today;
              return (
                <tr key={r.id} className="border-t border-slate-200 align-top" data-testid={`stance-row-${r.actor}-${r.issue}${r.counterpart ? `-${r.counterpart}` : ""}`}>
                  <td className="p-2">
                    <span className="font-medium"><Mixed text={r.issueTitle} locale={locale} /></span>
                    <span className="block text-xs text-slate-500">{cluster(r.cluster)}</span>
                  </td>
                  <td className="p-2">
                    <Mixed text={r.actorName} locale={locale} />
                    {r.counterpart && <span className="block text-xs text-slate-500">{t("toward", { actor: r.counterpart })}</span>}
                  </td>
                  <td className="p-2">
                    <span className="inline-flex items-baseline gap-1.5 rounded px-2 py-0.5 ring-1 ring-inset ring-black/10" style={{ backgroundColor: positionFill(ended ? null : r.position), color: positionText(ended ? null : r.position) }}>
                      <span className="font-bold tabular-nums">{ended ? "–" : formatPosition(r.position)}</span>
                      <span>{ended ? t("ended", { date: formatDate(r.validUntil!, locale) }) : r.positionLabel ? <Mixed text={r.positionLabel} locale={locale} /> : t("noPosition")}</span>
                    </span>
                    {!started && <span className="block text-xs text-amber-800">{t("notYet", { date: formatDate(r.validFrom, locale) })}</span>}
                    {r.nextFrom && <span className="block text-xs text-slate-600">{t("next", { date: formatDate(r.nextFrom, locale) })}</span>}
                  </td>
                  <td className="whitespace-nowrap p-2">{formatDate(r.validFrom, locale)}</td>
                  <td className="whitespace-nowrap p-2">{started ? formatAge(r.validFrom, today, locale) : "—"}</td>
                  <td className="p-2">{r.missingKo ? <NotTranslated /> : <span className="text-xs text-slate-600">{t("translated")}</span>}</td>
                  <td className="p-2">
                    <Link href={`/admin/stances/${r.id}`} className="whitespace-nowrap font-medium text-blue-800 underline">
                      {ta("edit")}<span className="sr-only"> <Mixed text={seriesName(r)} locale={locale} /></span>
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
