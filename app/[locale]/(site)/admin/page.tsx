import { Link } from "@/i18n/link";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { adminStanceList } from "@/db/queries/admin";
import { listActors, listIssues } from "@/db/queries/reference";
import { formatAge, formatDate, todayIso } from "@/lib/dates";
import { CLUSTERS, clusterLabel, formatPosition } from "@/lib/domain";
import { positionFill, positionText } from "@/lib/palette";
import { parseAll, parseChoice } from "@/lib/params";
import { requireEditor } from "./_lib/auth";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminStancesPage({ searchParams }: { searchParams: SearchParams }) {
  await requireEditor();
  const sp = await searchParams;
  const actors = listActors();
  const issues = listIssues();
  const filter = parseAll({
    actor: parseChoice("actor", sp.actor, actors.map((a) => a.code)),
    issue: parseChoice("issue", sp.issue, issues.map((i) => i.slug)),
    cluster: parseChoice("cluster", sp.cluster, CLUSTERS.map((c) => c.id)),
  });
  if (!filter.ok) return <ErrorPanel message={filter.error} back={{ href: "/admin", label: "Show all stances" }} />;
  const today = todayIso();
  const { actor, issue, cluster } = filter.value;
  const rows = adminStanceList(today, { actor, issue, cluster });
  const select = "mt-1 block rounded border border-slate-400 bg-white px-2 py-1.5 text-sm";

  return (
    <div className="space-y-4">
      <div>
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">Stances</h1>
          <Link href="/admin/stances/new" className="rounded bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700">New stance</Link>
        </div>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          One row per actor and issue (and counterpart, for directed stances): the stance in force today and how old it
          is. Open one to record a new stance from a date or to correct it.
        </p>
      </div>
      <form method="get" action="/admin" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3" aria-label="Filter stances">
        <div>
          <label htmlFor="filter-actor" className="text-sm font-medium">Actor</label>
          <select id="filter-actor" name="actor" defaultValue={actor ?? ""} className={select}>
            <option value="">All actors</option>
            {actors.map((a) => (
              <option key={a.code} value={a.code}>{a.shortName}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-issue" className="text-sm font-medium">Issue</label>
          <select id="filter-issue" name="issue" defaultValue={issue ?? ""} className={`${select} max-w-[16rem]`}>
            <option value="">All issues</option>
            {issues.map((i) => (
              <option key={i.slug} value={i.slug}>{i.title}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-cluster" className="text-sm font-medium">Cluster</label>
          <select id="filter-cluster" name="cluster" defaultValue={cluster ?? ""} className={select}>
            <option value="">All clusters</option>
            {CLUSTERS.map((c) => (
              <option key={c.id} value={c.id}>{c.label}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-slate-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-slate-700">Filter</button>
        <Link href="/admin" className="text-sm text-blue-800 underline">Clear</Link>
      </form>
      <p className="text-sm text-slate-600" aria-live="polite">{rows.length} series shown.</p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Stances in force today, one row per series</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="p-2">Issue</th>
              <th scope="col" className="p-2">Actor</th>
              <th scope="col" className="p-2">Position in force</th>
              <th scope="col" className="p-2">Since</th>
              <th scope="col" className="p-2">Age</th>
              <th scope="col" className="p-2"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const started = r.validFrom <= today;
              const ended = r.validUntil !== null && r.validUntil < today;
              return (
                <tr key={r.id} className="border-t border-slate-200 align-top" data-testid={`stance-row-${r.actor}-${r.issue}${r.counterpart ? `-${r.counterpart}` : ""}`}>
                  <td className="p-2">
                    <span className="font-medium">{r.issueTitle}</span>
                    <span className="block text-xs text-slate-500">{clusterLabel(r.cluster)}</span>
                  </td>
                  <td className="p-2">
                    {r.actorName}
                    {r.counterpart && <span className="block text-xs text-slate-500">toward {r.counterpart}</span>}
                  </td>
                  <td className="p-2">
                    <span className="inline-flex items-baseline gap-1.5 rounded px-2 py-0.5 ring-1 ring-inset ring-black/10" style={{ backgroundColor: positionFill(ended ? null : r.position), color: positionText(ended ? null : r.position) }}>
                      <span className="font-bold tabular-nums">{ended ? "–" : formatPosition(r.position)}</span>
                      <span>{ended ? `No stated position (ended ${formatDate(r.validUntil!)})` : r.positionLabel ?? "No stated position"}</span>
                    </span>
                    {!started && <span className="block text-xs text-amber-800">Not yet in force: starts {formatDate(r.validFrom)}</span>}
                    {r.nextFrom && <span className="block text-xs text-slate-600">Next stance recorded from {formatDate(r.nextFrom)}</span>}
                  </td>
                  <td className="whitespace-nowrap p-2">{formatDate(r.validFrom)}</td>
                  <td className="whitespace-nowrap p-2">{started ? formatAge(r.validFrom, today) : "—"}</td>
                  <td className="p-2">
                    <Link href={`/admin/stances/${r.id}`} className="whitespace-nowrap font-medium text-blue-800 underline">
                      Edit<span className="sr-only"> {r.actorName} on {r.issueTitle}{r.counterpart ? ` toward ${r.counterpart}` : ""}</span>
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
