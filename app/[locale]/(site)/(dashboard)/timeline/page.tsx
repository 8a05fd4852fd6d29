import type { Metadata } from "next";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import type { Locale } from "@/i18n/routing";
import { ClientMessages } from "@/i18n/client";
import { localizeHref } from "@/lib/i18n/paths";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { HorizonNotice } from "@/components/ui/HorizonNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { EventList, type TimelineActor, type TimelineEvent } from "@/components/timeline/EventList";
import { parseCode, parseErrorText } from "@/lib/params";
import { actorDotCss } from "@/lib/actor-dots";
import * as cached from "@/db/cached";
import TimelineLoading from "./timeline-loading";
import "./timeline.css";
import { josa } from "@/lib/i18n/josa";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Timeline" });
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

type Issue = { slug: string; title: string };

export default async function TimelinePage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  const sp = await searchParams;
  // ?issue=<slug>: the list of events of an issue page's date control; each event also opens that issue on its date.
  // Checked here, outside the loading boundary below (which is why this page has no loading.tsx): a notFound()
  // before anything streams answers HTTP 404, inside the boundary it would be a 200 with the not-found UI.
  const slug = typeof sp.issue === "string" ? sp.issue : undefined;
  const issue = slug === undefined ? undefined : (await cached.listIssues(locale)).find((i) => i.slug === slug);
  if (slug !== undefined && !issue) notFound();
  return (
    <Suspense fallback={<TimelineLoading />}>
      <Timeline locale={locale} sp={sp} issue={issue && { slug: issue.slug, title: issue.title }} />
    </Suspense>
  );
}

async function Timeline({ locale, sp, issue }: { locale: Locale; sp: Awaited<SearchParams>; issue: Issue | undefined }) {
  const [t, te] = await Promise.all([getTranslations("Timeline"), getTranslations("Errors")]);
  const actors = await cached.listActors(locale);
  const actor = parseCode("actor", sp.actor, actors.map((a) => a.code));
  if (!actor.ok)
    return (
      <div className="space-y-4">
        <PageHeader title={t("title")} />
        <ErrorPanel title={te("panelTitle")} message={parseErrorText([actor], te)} back={{ href: localizeHref(locale, "/timeline"), label: t("back") }} />
      </div>
    );
  const query = (actorCode?: string) => {
    const q = new URLSearchParams();
    if (actorCode) q.set("actor", actorCode);
    if (issue) q.set("issue", issue.slug);
    return localizeHref(locale, `/timeline${q.size ? `?${q}` : ""}`);
  };
  const [all, horizon] = await Promise.all([cached.listEvents(locale), cached.getCodingHorizon()]);
  const events = actor.value ? all.filter((e) => e.actors.includes(actor.value!)) : all;
  const index = new Map(actors.map((a, i) => [a.code, i]));
  // Compact props for the client list (see EventList): the actors once, each event as a tuple of their indexes.
  const refs: TimelineActor[] = actors.map((a) => [a.code, a.shortName]);
  const tuples: TimelineEvent[] = events.map((e) => [
    e.date,
    e.endDate,
    e.title,
    e.description,
    e.actors.filter((c) => index.has(c)).map((c) => index.get(c)!),
    e.confidence === "low" ? 1 : 0,
  ]);
  // Each actor's colour once, as a class for its dots (the filter's chips and every event's actor links).
  const colors = actorDotCss(actors.map((a) => a.color));
  const shortName = actor.value ? actors[index.get(actor.value)!].shortName : "";

  return (
    <div className="space-y-4">
      <style>{colors}</style>
      <PageHeader title={t("title")} eyebrow={t("eyebrow")} share={{ path: "/timeline" }}>
        <p>{t("intro")}</p>
        {issue && <p>{josa(t("forIssue", { issue: issue.title }))}</p>}
      </PageHeader>
      <HorizonNotice horizon={horizon} />
      <nav aria-label={t("filterLabel")} className="tl-filter no-print">
        <a href={query()} aria-current={!actor.value ? "page" : undefined} className="chip">
          {t("allActors")}
        </a>
        {actors.map((a, i) => (
          <a key={a.code} href={query(a.code)} aria-current={actor.value === a.code ? "page" : undefined} className={`chip ta${i}`}>
            {a.shortName}
          </a>
        ))}
      </nav>
      <p className="text-sm text-slate-600" aria-live="polite">
        {actor.value ? t("countInvolving", { count: events.length, actor: shortName }) : t("count", { count: events.length })}
      </p>
      {events.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">{actor.value ? t("noneForActor") : t("none")}</p>
      ) : (
        <ClientMessages namespaces={["Timeline"]}>
          <EventList events={tuples} actors={refs} issue={issue} />
        </ClientMessages>
      )}
    </div>
  );
}
