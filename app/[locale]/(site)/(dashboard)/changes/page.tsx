import type { Metadata } from "next";
import { Link } from "@/i18n/link";
import { EvidenceList, ReviewLine, StanceNoteText } from "@/components/stances/EvidenceList";
import { PositionBadge } from "@/components/stances/PositionBadge";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { HorizonNotice } from "@/components/ui/HorizonNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { DIRECTION_TEXT, type Direction } from "@/lib/changes";
import { scaleLabel } from "@/lib/domain";
import { addDays, formatDate, todayIso } from "@/lib/dates";
import { parseDateParam } from "@/lib/params";
import * as cached from "@/db/cached";

export const metadata: Metadata = { title: "What moved" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const WINDOW_DAYS = 90;

const DIRECTION_STYLE: Record<Direction, string> = {
  "toward-engagement": "bg-orange-50 text-orange-900 ring-orange-200",
  "toward-pressure": "bg-violet-50 text-violet-900 ring-violet-200",
  restated: "bg-slate-50 text-slate-700 ring-slate-200",
  "first-stated": "bg-sky-50 text-sky-900 ring-sky-200",
  dropped: "bg-slate-50 text-slate-700 ring-slate-200",
  ended: "bg-slate-50 text-slate-700 ring-slate-200",
};

const PRESETS = [
  { label: "Singapore to Hanoi", from: "2018-06-11", to: "2019-02-28" },
  { label: "After Hanoi, 2019", from: "2019-02-28", to: "2019-12-31" },
  { label: "Biden and Yoon take office", from: "2021-01-01", to: "2022-12-31" },
];

export default async function ChangesPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const newest = (await cached.getNewestDataDate()) ?? todayIso();
  const to = parseDateParam("to", sp.to, newest);
  const from = parseDateParam("from", sp.from, to.ok ? addDays(to.value, -WINDOW_DAYS) : addDays(newest, -WINDOW_DAYS));
  const order = from.ok && to.ok && from.value > to.value ? `from (${from.value}) must not be after to (${to.value}).` : null;
  if (!from.ok || !to.ok || order)
    return (
      <div className="space-y-4">
        <PageHeader title="What moved" />
        <ErrorPanel message={[!from.ok && from.error, !to.ok && to.error, order].filter(Boolean).join(" ")} back={{ href: "/changes", label: `Show the last ${WINDOW_DAYS} days of data` }} />
      </div>
    );
  const isDefault = !sp.from && !sp.to;
  const lastChange = await cached.getNewestStanceChangeDate();
  const [{ actors, issues, changes, events }, horizon] = await Promise.all([
    cached.getChanges({ from: from.value, to: to.value }),
    cached.getCodingHorizon(),
  ]);
  const issueBy = new Map(issues.map((i) => [i.slug, i]));
  const name = new Map(actors.map((a) => [a.code, a.shortName]));
  const byActor = actors.map((a) => ({ actor: a, list: changes.filter((c) => c.actor === a.code) })).filter((g) => g.list.length > 0);

  return (
    <div className="space-y-4">
      <PageHeader title="What moved" eyebrow="Since the last briefing" share={{ path: "/changes", pinned: { from: from.value, to: to.value } }}>
        <p>
          Every stance that changed after {formatDate(from.value)} up to and including {formatDate(to.value)}, actor by actor,
          with the old and new positions, the direction, and the evidence for the new stance; then the events of the window.
        </p>
      </PageHeader>
      <HorizonNotice horizon={horizon} asOf={to.value} />
      <form key={`${from.value}|${to.value}`} action="/changes" method="get" className="no-print space-y-2 rounded-lg border border-slate-200 bg-white p-3" aria-label="Date window">
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="from" className="block text-xs font-medium text-slate-600">
              Changed after
            </label>
            <input id="from" name="from" type="date" defaultValue={from.value} min="2000-01-01" required className="mt-1 rounded border border-slate-300 px-2 py-1.5 text-sm" />
          </div>
          <div>
            <label htmlFor="to" className="block text-xs font-medium text-slate-600">
              Up to
            </label>
            <input id="to" name="to" type="date" defaultValue={to.value} min="2000-01-01" required className="mt-1 rounded border border-slate-300 px-2 py-1.5 text-sm" />
          </div>
          <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
            Show changes
          </button>
        </div>
        <p className="text-xs text-slate-600" data-testid="window-note">
          {isDefault ? (
            <>
              Showing the last {WINDOW_DAYS} days <strong>of data</strong>: the window ends on {formatDate(newest)}, the newest
              stance change or event in the database, not today&apos;s date: the dataset is curated and may lag the calendar,
              so a window ending today could show nothing merely because nothing has been coded yet.
            </>
          ) : (
            <>
              The newest stance change or event in the database is dated {formatDate(newest)}.{" "}
              <Link href="/changes" className="text-blue-800 underline">
                Last {WINDOW_DAYS} days of data
              </Link>
            </>
          )}
        </p>
        <p className="flex flex-wrap gap-2 text-xs">
          <span className="text-slate-600">Windows:</span>
          {PRESETS.map((p) => (
            <Link key={p.label} href={`/changes?from=${p.from}&to=${p.to}`} className="rounded-full border border-slate-300 px-2 py-0.5 text-slate-800 hover:bg-slate-100">
              {p.label}
            </Link>
          ))}
        </p>
      </form>

      <section aria-labelledby="stances-h" className="space-y-3">
        <h2 id="stances-h" className="text-lg font-semibold">
          {changes.length} stance change{changes.length === 1 ? "" : "s"}
        </h2>
        {byActor.length === 0 && (
          <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
            <p>No stance changed in this window. Widen it with the dates above, or pick one of the windows.</p>
            {lastChange && lastChange <= from.value && (
              <p className="mt-1">
                The most recent stance change in the data is dated {formatDate(lastChange)}:{" "}
                <Link href={`/changes?from=${addDays(lastChange, -WINDOW_DAYS)}&to=${lastChange}`} className="text-blue-800 underline">
                  show the {WINDOW_DAYS} days up to it
                </Link>
                .
              </p>
            )}
          </div>
        )}
        {byActor.map(({ actor, list }) => (
          <section key={actor.code} aria-labelledby={`ch-${actor.code}`} className="rounded-lg border border-slate-200 bg-white p-4" data-testid={`changes-${actor.code}`}>
            <h3 id={`ch-${actor.code}`} className="flex items-center gap-2 font-semibold">
              <span aria-hidden className="inline-block h-3 w-3 rounded-full" style={{ backgroundColor: actor.color }} />
              {actor.name} <span className="font-normal text-slate-500">· {list.length}</span>
            </h3>
            <ol className="mt-3 space-y-4">
              {list.map((c, i) => {
                const issue = issueBy.get(c.issue)!;
                const labels = issue.scale.map((p) => p.label);
                return (
                  <li key={i} className="border-t border-slate-100 pt-3 first:border-0 first:pt-0" data-testid="change">
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="text-sm font-medium tabular-nums text-slate-700">{formatDate(c.date)}</span>
                      <Link href={`/issues/${c.issue}${c.after ? `#stance-${c.after.id}` : ""}`} className="font-medium text-blue-800 underline">
                        {issue.title}
                      </Link>
                      {c.counterpart && <span className="text-sm text-slate-600">toward {name.get(c.counterpart)}</span>}
                      <span className={`rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${DIRECTION_STYLE[c.direction]}`}>{DIRECTION_TEXT[c.direction]}</span>
                    </div>
                    <div className="mt-1.5 flex flex-wrap items-center gap-2 text-sm">
                      {c.before ? <PositionBadge position={c.before.position} label={scaleLabel(labels, c.before.position)} /> : <span className="italic text-slate-500">No stated position</span>}
                      <span aria-label="changed to">→</span>
                      {c.after ? <PositionBadge position={c.after.position} label={scaleLabel(labels, c.after.position)} /> : <span className="italic text-slate-500">No stated position</span>}
                    </div>
                    {c.after && (
                      <div className="mt-2 space-y-1">
                        <p className="text-sm text-slate-800">{c.after.summary}</p>
                        <StanceNoteText note={c.after.note} />
                        <ReviewLine codedBy={c.after.codedBy} reviewedAt={c.after.reviewedAt} reviewedBy={c.after.reviewedBy} />
                        <EvidenceList items={c.after.evidence} asOf={to.value} note={c.after.note} position={c.after.position} />
                      </div>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        ))}
      </section>

      <section aria-labelledby="events-h" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="events-h" className="font-semibold">
          {events.length} event{events.length === 1 ? "" : "s"} in the window
        </h2>
        {events.length === 0 ? (
          <p className="mt-2 text-sm italic text-slate-600">No dated event in this window.</p>
        ) : (
          <ol className="mt-2 space-y-2">
            {events.map((e) => (
              <li key={`${e.key}-${e.date}`} className="text-sm">
                <span className="font-medium tabular-nums">{formatDate(e.date)}</span>{" "}
                <Link href={`/?asOf=${e.date}`} className="text-blue-800 underline">
                  {e.title}
                </Link>{" "}
                <span className="text-slate-600">· {e.actors.map((c) => name.get(c) ?? c).join(", ")}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
