import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { localizeHref } from "@/lib/i18n/paths";
import { Link } from "@/i18n/link";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { HorizonNotice } from "@/components/ui/HorizonNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatDate } from "@/lib/dates";
import { parseCode, parseErrorText } from "@/lib/params";
import { MixedText } from "@/components/stances/MixedText";
import * as cached from "@/db/cached";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Timeline" });
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TimelinePage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  const sp = await searchParams;
  const [t, te] = await Promise.all([getTranslations("Timeline"), getTranslations("Errors")]);
  const fd = (iso: string) => formatDate(iso, locale);
  const actors = await cached.listActors(locale);
  const actor = parseCode("actor", sp.actor, actors.map((a) => a.code));
  if (!actor.ok)
    return (
      <div className="space-y-4">
        <PageHeader title={t("title")} />
        <ErrorPanel title={te("panelTitle")} message={parseErrorText([actor], te)} back={{ href: localizeHref(locale, "/timeline"), label: t("back") }} />
      </div>
    );
  const [all, horizon] = await Promise.all([cached.listEvents(locale), cached.getCodingHorizon()]);
  const events = actor.value ? all.filter((e) => e.actors.includes(actor.value!)) : all;
  const byActor = new Map(actors.map((a) => [a.code, a]));
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))];
  const chip = "rounded-full border border-slate-300 bg-white px-3 py-1 aria-[current=page]:border-slate-900 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white";

  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} eyebrow={t("eyebrow")} share={{ path: "/timeline" }}>
        <p>{t("intro")}</p>
      </PageHeader>
      <HorizonNotice horizon={horizon} />
      <nav aria-label={t("filterLabel")} className="no-print flex flex-wrap gap-2 text-sm">
        <Link href="/timeline" aria-current={!actor.value ? "page" : undefined} className={chip}>
          {t("allActors")}
        </Link>
        {actors.map((a) => (
          <Link key={a.code} href={`/timeline?actor=${a.code}`} aria-current={actor.value === a.code ? "page" : undefined} className={`${chip} inline-flex items-center gap-1.5`}>
            <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full" style={{ backgroundColor: a.color }} />
            {a.shortName}
          </Link>
        ))}
      </nav>
      <p className="text-sm text-slate-600" aria-live="polite">
        {actor.value
          ? t("countInvolving", { count: events.length, actor: byActor.get(actor.value)?.shortName ?? actor.value })
          : t("count", { count: events.length })}
      </p>
      {events.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">{actor.value ? t("noneForActor") : t("none")}</p>
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
                        {fd(e.date)}
                        {e.endDate ? ` – ${fd(e.endDate)}` : ""}
                      </time>
                      <h3 className="font-semibold">
                        <MixedText text={e.title} />
                      </h3>
                      {e.confidence === "low" && (
                        <span className="rounded border border-dashed border-amber-700 bg-amber-50 px-1.5 py-0.5 text-xs font-semibold text-amber-900">{t("lowConfidence")}</span>
                      )}
                    </div>
                    <p className="mt-1 text-sm text-slate-700">
                      <MixedText text={e.description} />
                    </p>
                    <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
                      <ul className="flex flex-wrap gap-1.5" aria-label={t("actorsInvolved")}>
                        {e.actors.map((c) => (
                          <li key={c}>
                            <Link href={`/actors/${c}`} className="inline-flex items-center gap-1 rounded border border-slate-200 px-1.5 py-0.5 text-slate-800 hover:bg-slate-100">
                              <span aria-hidden className="inline-block h-2 w-2 rounded-full" style={{ backgroundColor: byActor.get(c)?.color }} />
                              {byActor.get(c)?.shortName ?? c}
                            </Link>
                          </li>
                        ))}
                      </ul>
                      <Link href={`/?asOf=${e.date}`} className="font-medium text-blue-800 underline" aria-label={t("matrixLabel", { date: fd(e.date), title: e.title })}>
                        {t("matrixLink")}
                      </Link>
                      {e.actors.length >= 2 && (
                        <Link href={`/compare?a=${e.actors[0]}&b=${e.actors[1]}&asOf=${e.date}`} className="text-blue-800 underline" aria-label={t("compareLabel", { a: byActor.get(e.actors[0])?.shortName ?? e.actors[0], b: byActor.get(e.actors[1])?.shortName ?? e.actors[1], date: fd(e.date) })}>
                          {t("compareLink", { a: e.actors[0], b: e.actors[1] })}
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
