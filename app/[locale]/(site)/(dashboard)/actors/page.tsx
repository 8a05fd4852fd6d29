import type { Metadata } from "next";
import { Link } from "@/i18n/link";
import { HorizonNotice } from "@/components/ui/HorizonNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatDate, todayIso } from "@/lib/dates";
import { connection } from "next/server";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { actorHref } from "@/lib/nav-context";
import { parseDateParam } from "@/lib/params";
import * as cached from "@/db/cached";

export const metadata: Metadata = { title: "Actors" };

export default async function ActorsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Request time, never at build: the build has no database (the reads below are cached until a write).
  await connection();
  const sp = await searchParams;
  const parsed = parseDateParam("asOf", sp.asOf, todayIso());
  if (!parsed.ok) return <ErrorPanel message={parsed.error} back={{ href: "/actors", label: "Show the actors as of today" }} />;
  // The as-of date (the analyst's context) travels on to the actor pages; without it, today.
  const today = parsed.value;
  const dated = sp.asOf ? parsed.value : undefined;
  const actors = await cached.listActors();
  const issueCount = (await cached.listIssues()).length;
  const [cells, horizon] = await Promise.all([cached.stancesAsOf(today), cached.getCodingHorizon()]);
  return (
    <div className="space-y-4">
      <PageHeader title="Actors" share={{ path: "/actors" }}>
        <p>The governments whose positions Stance Atlas codes. Open one for its positions, priorities, changes and closest partners.</p>
      </PageHeader>
      <HorizonNotice horizon={horizon} asOf={today} />
      {actors.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          No actors in the database yet. Run <code>npm run db:seed</code> to load the curated dataset.
        </p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          {actors.map((a) => {
            const stated = new Set(cells.filter((c) => c.actor === a.code && c.position !== null).map((c) => c.issue)).size;
            return (
              <li key={a.code} className="rounded-lg border border-slate-200 bg-white p-4">
                <h2 className="flex items-center gap-2 font-semibold">
                  <span aria-hidden className="inline-block h-3 w-3 rounded-full" style={{ backgroundColor: a.color }} />
                  <Link href={actorHref(a.code, dated)} className="text-blue-800 hover:underline">
                    {a.name}
                  </Link>
                </h2>
                <p className="mt-1 text-sm text-slate-600">{a.description}</p>
                <p className="mt-2 text-xs text-slate-500">
                  States a position on {stated} of {issueCount} issues {dated ? "on" : "today"} ({formatDate(today)}).
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
