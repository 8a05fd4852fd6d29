import type { Metadata } from "next";
import { Link } from "@/i18n/link";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { HorizonNotice } from "@/components/ui/HorizonNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatDate } from "@/lib/dates";
import { parseCode } from "@/lib/params";
import * as cached from "@/db/cached";

export const metadata: Metadata = { title: "Timeline" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TimelinePage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const actors = await cached.listActors();
  const actor = parseCode("actor", sp.actor, actors.map((a) => a.code));
  if (!actor.ok)
    return (
      <div className="space-y-4">
        <PageHeader title="Timeline" />
        <ErrorPanel message={actor.error} back={{ href: "/timeline", label: "Show every event" }} />
      </div>
    );
  const [all, horizon] = await Promise.all([cached.listEvents(), cached.getCodingHorizon()]);
  const events = actor.value ? all.filter((e) => e.actors.includes(actor.value!)) : all;
  const byActor = new Map(actors.map((a) => [a.code, a]));
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))];
  const chip = "rounded-full border border-slate-300 bg-white px-3 py-1 aria-[current=page]:border-slate-900 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white";

  return (
    <div className="space-y-4">
      <PageHeader title="Timeline" eyebrow="Dated events" share={{ path: "/timeline" }}>
        <p>
          The events that moved the peace process, with the actors involved. Each links to the stance matrix as of its
          date.
        </p>
      </PageHeader>
      <HorizonNotice horizon={horizon} />
      <nav aria-label="Filter by actor" className="no-print flex flex-wrap gap-2 text-sm">
        <Link href="/timeline" aria-current={!actor.value ? "page" : undefined} className={chip}>
          All actors
        </Link>
        {actors.map((a) => (
          <Link key={a.code} href={`/timeline?actor=${a.code}`} aria-current={actor.value === a.code ? "page" : undefined} className={`${chip} inline-flex items-center gap-1.5`}>
            <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full" style={{ backgroundColor: a.color }} />
            {a.shortName}
          </Link>
        ))}
      </nav>
      <p className="text-sm text-slate-600" aria-live="polite">
        {events.length} event{events.length === 1 ? "" : "s"}
        {actor.value ? ` involving ${byActor.get(actor.value)?.shortName}` : ""}.
      </p>
      {events.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">No events recorded{actor.value ? " for this actor" : ""}.</p>
      ) : (
        years.map((year) => (
          <section key={year} aria-labelledby={`y-${year}`}>
            <h2 id={`y-${year}`} className="text-sm font-semibold uppercase tracking-wide text-slate-600">
              {year}
            </h2>
            <ol className="mt-2 space-y-2 border-l-2 border-slate-200 pl-4">
              {events
                .filter((e) => e.date.startsWith(year))
                .map((e) => (
                  <li key={`${e.key}-${e.date}`} className="relative rounded-lg border border-slate-200 bg-white p-3" data-testid="event">
                    <span aria-hidden className="absolute -left-[1.4rem] top-4 h-2.5 w-2.5 rounded-full bg-slate-400 ring-2 ring-slate-50" />
                    <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                      <time dateTime={e.date} className="text-sm font-medium tabular-nums text-slate-700">
                        {formatDate(e.date)}
                        {e.endDate ? ` – ${formatDate(e.endDate)}` : ""}
                      </time>
                      <h3 className="font-semibold">{e.title}</h3>
                      {e.confidence === "low" && (
                        <span className="rounded border border-dashed border-amber-700 bg-amber-50 px-1.5 py-0.5 text-xs font-semibold text-amber-900">Low confidence</span>
                      )}
                    </div>
                    <p className="mt-1 text-sm text-slate-700">{e.description}</p>
                    <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
                      <ul className="flex flex-wrap gap-1.5" aria-label="Actors involved">
                        {e.actors.map((c) => (
                          <li key={c}>
                            <Link href={`/actors/${c}`} className="inline-flex items-center gap-1 rounded border border-slate-200 px-1.5 py-0.5 text-slate-800 hover:bg-slate-100">
                              <span aria-hidden className="inline-block h-2 w-2 rounded-full" style={{ backgroundColor: byActor.get(c)?.color }} />
                              {byActor.get(c)?.shortName ?? c}
                            </Link>
                          </li>
                        ))}
                      </ul>
                      <Link href={`/?asOf=${e.date}`} className="font-medium text-blue-800 underline" aria-label={`Matrix as of ${formatDate(e.date)} (${e.title})`}>
                        Matrix as of this date
                      </Link>
                      {e.actors.length >= 2 && (
                        <Link href={`/compare?a=${e.actors[0]}&b=${e.actors[1]}&asOf=${e.date}`} className="text-blue-800 underline" aria-label={`Compare ${e.actors.slice(0, 2).map((c) => byActor.get(c)?.shortName ?? c).join(" and ")} as of ${formatDate(e.date)}`}>
                          Compare {e.actors[0]}–{e.actors[1]}
                        </Link>
                      )}
                    </div>
                  </li>
                ))}
            </ol>
          </section>
        ))
      )}
    </div>
  );
}
