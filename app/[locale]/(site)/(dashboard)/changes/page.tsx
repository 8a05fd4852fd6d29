import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { localizeHref } from "@/lib/i18n/paths";
import { Link } from "@/i18n/link";
import { EvidenceList, ReviewLine, StanceNoteText } from "@/components/stances/EvidenceList";
import { PositionBadge } from "@/components/stances/PositionBadge";
import { MixedText } from "@/components/stances/MixedText";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { HorizonNotice } from "@/components/ui/HorizonNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import type { Direction } from "@/lib/changes";
import { domainText } from "@/lib/domain";
import { addDays, formatDate, todayIso } from "@/lib/dates";
import { fail, parseDateParam, parseErrorText } from "@/lib/params";
import * as cached from "@/db/cached";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Changes" });
  return { title: t("title") };
}

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
  { id: "singaporeHanoi", from: "2018-06-11", to: "2019-02-28" },
  { id: "afterHanoi", from: "2019-02-28", to: "2019-12-31" },
  { id: "bidenYoon", from: "2021-01-01", to: "2022-12-31" },
] as const;

export default async function ChangesPage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  const sp = await searchParams;
  const [t, te, d] = await Promise.all([getTranslations("Changes"), getTranslations("Errors"), getTranslations("Domain").then(domainText)]);
  const scaleLabel = d.scaleLabel;
  const fd = (iso: string) => formatDate(iso, locale);
  const presetLabel = { singaporeHanoi: t("preset.singaporeHanoi"), afterHanoi: t("preset.afterHanoi"), bidenYoon: t("preset.bidenYoon") };
  const newest = (await cached.getNewestDataDate()) ?? todayIso();
  const to = parseDateParam("to", sp.to, newest);
  const from = parseDateParam("from", sp.from, to.ok ? addDays(to.value, -WINDOW_DAYS) : addDays(newest, -WINDOW_DAYS));
  const order =
    from.ok && to.ok && from.value > to.value
      ? fail(`from (${from.value}) must not be after to (${to.value}).`, "windowOrder", { from: from.value, to: to.value })
      : null;
  if (!from.ok || !to.ok || order)
    return (
      <div className="space-y-4">
        <PageHeader title={t("title")} />
        <ErrorPanel title={te("panelTitle")} message={parseErrorText([from, to, order ?? { ok: true }], te)} back={{ href: localizeHref(locale, "/changes"), label: t("back", { days: WINDOW_DAYS }) }} />
      </div>
    );
  const isDefault = !sp.from && !sp.to;
  const lastChange = await cached.getNewestStanceChangeDate();
  const [{ actors, issues, changes, events }, horizon] = await Promise.all([
    cached.getChanges({ from: from.value, to: to.value, lang: locale }),
    cached.getCodingHorizon(),
  ]);
  const issueBy = new Map(issues.map((i) => [i.slug, i]));
  const name = new Map(actors.map((a) => [a.code, a.shortName]));
  const byActor = actors.map((a) => ({ actor: a, list: changes.filter((c) => c.actor === a.code) })).filter((g) => g.list.length > 0);

  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} eyebrow={t("eyebrow")} share={{ path: "/changes", pinned: { from: from.value, to: to.value } }}>
        <p>{t("intro", { from: fd(from.value), to: fd(to.value) })}</p>
      </PageHeader>
      <HorizonNotice horizon={horizon} asOf={to.value} />
      <form key={`${from.value}|${to.value}`} action={localizeHref(locale, "/changes")} method="get" autoComplete="off" data-url-form className="no-print space-y-2 rounded-lg border border-slate-200 bg-white p-3" aria-label={t("windowLabel")}>
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="from" className="block text-xs font-medium text-slate-600">
              {t("changedAfter")}
            </label>
            <input id="from" name="from" type="date" defaultValue={from.value} min="2000-01-01" required className="mt-1 rounded border border-slate-300 px-2 py-1.5 text-sm" />
          </div>
          <div>
            <label htmlFor="to" className="block text-xs font-medium text-slate-600">
              {t("upTo")}
            </label>
            <input id="to" name="to" type="date" defaultValue={to.value} min="2000-01-01" required className="mt-1 rounded border border-slate-300 px-2 py-1.5 text-sm" />
          </div>
          <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
            {t("submit")}
          </button>
        </div>
        <p className="text-xs text-slate-600" data-testid="window-note">
          {isDefault ? (
            t.rich("defaultNote", { days: WINDOW_DAYS, date: fd(newest), strong: (c) => <strong>{c}</strong> })
          ) : (
            <>
              {t("newestNote", { date: fd(newest) })}{" "}
              <Link href="/changes" className="text-blue-800 underline">
                {t("lastDays", { days: WINDOW_DAYS })}
              </Link>
            </>
          )}
        </p>
        <p className="flex flex-wrap gap-2 text-xs">
          <span className="text-slate-600">{t("windows")}</span>
          {PRESETS.map((p) => (
            <Link key={p.id} href={`/changes?from=${p.from}&to=${p.to}`} className="rounded-full border border-slate-300 px-2 py-0.5 text-slate-800 hover:bg-slate-100">
              {presetLabel[p.id]}
            </Link>
          ))}
        </p>
      </form>

      <section aria-labelledby="stances-h" className="space-y-3">
        <h2 id="stances-h" className="text-lg font-semibold">
          {t("count", { count: changes.length })}
        </h2>
        {byActor.length === 0 && (
          <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
            <p>{t("none")}</p>
            {lastChange && lastChange <= from.value && (
              <p className="mt-1">
                {t("lastChange", { date: fd(lastChange) })}{" "}
                <Link href={`/changes?from=${addDays(lastChange, -WINDOW_DAYS)}&to=${lastChange}`} className="text-blue-800 underline">
                  {t("showUpTo", { days: WINDOW_DAYS })}
                </Link>
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
                      <span className="text-sm font-medium tabular-nums text-slate-700">{fd(c.date)}</span>
                      <Link href={`/issues/${c.issue}${c.after ? `#stance-${c.after.id}` : ""}`} className="font-medium text-blue-800 underline">
                        <MixedText text={issue.title} />
                      </Link>
                      {c.counterpart && <span className="text-sm text-slate-600">{t("toward", { actor: name.get(c.counterpart) ?? c.counterpart })}</span>}
                      <span className={`rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${DIRECTION_STYLE[c.direction]}`}>{d.direction[c.direction]}</span>
                    </div>
                    <div className="mt-1.5 flex flex-wrap items-center gap-2 text-sm">
                      {c.before ? <PositionBadge position={c.before.position} label={scaleLabel(labels, c.before.position)} /> : <span className="italic text-slate-500">{d.noStatedPosition}</span>}
                      <span aria-label={t("changedTo")}>→</span>
                      {c.after ? <PositionBadge position={c.after.position} label={scaleLabel(labels, c.after.position)} /> : <span className="italic text-slate-500">{d.noStatedPosition}</span>}
                    </div>
                    {c.after && (
                      <div className="mt-2 space-y-1">
                        <p className="text-sm text-slate-800">
                          <MixedText text={c.after.summary} />
                        </p>
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
          {t("events", { count: events.length })}
        </h2>
        {events.length === 0 ? (
          <p className="mt-2 text-sm italic text-slate-600">{t("noEvents")}</p>
        ) : (
          <ol className="mt-2 space-y-2">
            {events.map((e) => (
              <li key={`${e.key}-${e.date}`} className="text-sm">
                <span className="font-medium tabular-nums">{fd(e.date)}</span>{" "}
                <Link href={`/?asOf=${e.date}`} className="text-blue-800 underline">
                  <MixedText text={e.title} />
                </Link>{" "}
                <span className="text-slate-600">· {new Intl.ListFormat(locale, { type: "conjunction" }).format(e.actors.map((c) => name.get(c) ?? c))}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
