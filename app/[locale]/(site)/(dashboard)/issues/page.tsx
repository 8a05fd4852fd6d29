import { ShareButton } from "@/components/ui/ShareButton";
import { Link } from "@/i18n/link";
import type { Metadata } from "next";
import { CLUSTERS } from "@/lib/domain";
import { connection } from "next/server";
import * as cached from "@/db/cached";
import { HorizonNotice } from "@/components/ui/HorizonNotice";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { formatDate, todayIso } from "@/lib/dates";
import { issueHref } from "@/lib/nav-context";
import { parseDateParam } from "@/lib/params";

export const metadata: Metadata = { title: "Issues" };

export default async function IssuesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Request time, never at build: the build has no database (the reads below are cached until a write).
  await connection();
  const sp = await searchParams;
  // The as-of date travels on to the issue pages (the analyst's context); without it they show today.
  const asOf = parseDateParam("asOf", sp.asOf, todayIso());
  if (!asOf.ok) return <ErrorPanel message={asOf.error} back={{ href: "/issues", label: "Show the issues" }} />;
  const dated = sp.asOf ? asOf.value : undefined;
  const [issues, horizon] = await Promise.all([cached.listIssues(), cached.getCodingHorizon()]);
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">Issues</h1>
          <ShareButton target={{ path: "/issues" }} />
        </div>
        <HorizonNotice horizon={horizon} />
        {dated && (
          <p className="text-sm text-slate-600" data-testid="view-date">
            Each issue opens as of {formatDate(dated)}.
          </p>
        )}
      </div>
      {CLUSTERS.map((c) => {
        const list = issues.filter((i) => i.cluster === c.id);
        if (!list.length) return null;
        return (
          <section key={c.id} aria-labelledby={`c-${c.id}`}>
            <h2 id={`c-${c.id}`} className="text-sm font-semibold uppercase tracking-wide text-slate-600">
              {c.label}
            </h2>
            <ul className="mt-2 grid gap-3 md:grid-cols-2">
              {list.map((i) => (
                <li key={i.slug} className="rounded-lg border border-slate-200 bg-white p-3">
                  <Link href={issueHref(i.slug, dated)} className="font-medium text-blue-800 hover:underline">
                    {i.title}
                  </Link>
                  <p className="mt-1 text-sm text-slate-600">{i.definition}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
