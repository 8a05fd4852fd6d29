import { ShareButton } from "@/components/ui/ShareButton";
import { FIGURE_NAMESPACES } from "@/components/charts/namespaces";
import { ClientMessages } from "@/i18n/client";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { localizeHref } from "@/lib/i18n/paths";
import { HorizonNotice } from "@/components/ui/HorizonNotice";
import { StripChart } from "@/components/charts/StripChart";
import { MarkerKey } from "@/components/issue/MarkerKey";
import { HISTORY_START } from "@/db/queries/divergence";
import { resolveAsOf } from "@/lib/asof";
import { domainText, formatPosition } from "@/lib/domain";
import { positionClass } from "@/lib/palette";
import { actorDotCss } from "@/lib/actor-dots";
import { Mixed } from "@/components/stances/Mixed";
import { formatDate, todayIso } from "@/lib/dates";
import { parseDateParam, parseErrorText, parsePositiveInt } from "@/lib/params";
import { AsOfControl } from "@/components/matrix/AsOfControl";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { PageHeader } from "@/components/ui/PageHeader";
import { ScrollIntoView } from "@/components/ui/ScrollIntoView";
import { ActorHistory, type HistoryContext, type StanceTuple } from "@/components/issue/ActorHistory";
import "./issue.css";
import * as cached from "@/db/cached";
import { josa } from "@/lib/i18n/josa";

type Props = { params: Promise<{ slug: string; locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params as LocaleParams);
  const { slug } = await params;
  const issue = (await cached.listIssues(locale)).find((i) => i.slug === slug);
  const t = await getTranslations({ locale, namespace: "Issue" });
  return { title: issue?.title ?? t("notFound") };
}

export default async function IssuePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params as LocaleParams);
  const { slug } = await params;
  const sp = await searchParams;
  const issue = (await cached.listIssues(locale)).find((i) => i.slug === slug);
  if (!issue) notFound();
  const [t, te, tc, d] = await Promise.all([getTranslations("Issue"), getTranslations("Errors"), getTranslations("Chart"), getTranslations("Domain").then(domainText)]);
  const scaleLabel = d.scaleLabel;
  const fd = (iso: string) => formatDate(iso, locale);
  const today = todayIso();
  // The date the page is for (the analyst's context, carried from the matrix or a comparison) and the stance to
  // highlight (a matrix cell or an "all evidence" link).
  const asOfParam = parseDateParam("asOf", sp.asOf, today);
  const stanceParam = parsePositiveInt("stance", sp.stance);
  if (!asOfParam.ok || !stanceParam.ok)
    return (
      <div className="space-y-4">
        <PageHeader title={issue.title} eyebrow={t("eyebrow")} />
        <ErrorPanel title={te("panelTitle")} message={parseErrorText([asOfParam, stanceParam], te)} back={{ href: localizeHref(locale, `/issues/${slug}`), label: t("back") }} />
      </div>
    );
  const asOf = asOfParam.value;
  const highlight = stanceParam.value;
  const isToday = asOf === today;
  const actors = await cached.listActors(locale);
  const [{ history, series, markers }, horizon, events] = await Promise.all([
    cached.getIssueHistory(slug, { from: HISTORY_START, to: today, lang: locale }),
    cached.getCodingHorizon(),
    cached.listEvents(locale),
  ]);
  const current = resolveAsOf(history, asOf);
  const when = isToday ? t("whenToday", { date: fd(today) }) : t("whenOn", { date: fd(asOf) });
  const toward = (code: string) => t("toward", { actor: name.get(code) ?? code });
  const list = (items: string[]) => new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items);
  const labels = issue.scale.map((p) => p.label);
  const name = new Map(actors.map((a) => [a.code, a.shortName]));
  const color = new Map(actors.map((a) => [a.code, a.color]));
  const strip = current
    .filter((s) => s.position !== null)
    .map((s) => ({
      id: String(s.id),
      label: `${name.get(s.actor) ?? s.actor}${s.counterpart ? ` → ${name.get(s.counterpart) ?? s.counterpart}` : ""}`,
      color: color.get(s.actor) ?? "#64748b",
      position: s.position as number,
      lowConfidence: s.confidence === "low",
    }));

  const inForce = new Set(current.map((s) => s.id));
  const confidence = { low: 0, medium: 1, high: 2 } as const;
  const full = (s: { id: number }) => inForce.has(s.id) || s.id === highlight;
  // Compact props for each actor's ActorHistory: the stances in force (and the one followed) in full with their
  // sources; the others as one line (dates, position, confidence, summary and the number of their sources).
  const tuple = (s: (typeof history)[number]): StanceTuple => [
    s.id,
    s.counterpart ? (name.get(s.counterpart) ?? s.counterpart) : null,
    s.position,
    s.salience,
    confidence[s.confidence],
    s.validFrom,
    s.validUntil,
    s.summary,
    full(s) ? s.note : null,
    full(s) ? s.codedBy : null,
    full(s) ? s.reviewedAt : null,
    full(s) ? s.reviewedBy : null,
    full(s) ? s.evidence.map((e) => [e.paraphrase, e.quote, e.title, e.url, e.publisher, e.date, e.note]) : s.evidence.length,
  ];
  const badge = (position: number | null) => (
    <span className={`pb ${positionClass(position)}`}>
      <b>{formatPosition(position)}</b> <Mixed text={scaleLabel(labels, position)} locale={locale} />
    </span>
  );
  // Chart points only: the steps as drawn, the markers without their actors.
  const chartMarkers = markers.map((m) => ({ key: m.key, date: m.date, title: m.title }));
  const context: HistoryContext = { slug: issue.slug, title: issue.title, labels, markers: chartMarkers, from: HISTORY_START, to: today, horizon, asOf };
  const followed = highlight !== undefined && history.some((s) => s.id === highlight) ? { id: highlight, inForce: inForce.has(highlight) } : undefined;

  return (
    // The charts and their Export menus are client components with their own texts.
    <ClientMessages namespaces={[...FIGURE_NAMESPACES, "IssueStances", "Stances", "Domain"]}>
    <article className="iss space-y-6">
      <style>{actorDotCss(actors.map((a) => a.color))}</style>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{d.cluster(issue.cluster)}</p>
          <h1 className="text-2xl font-semibold tracking-tight">
            <Mixed text={issue.title} locale={locale} />
          </h1>
          <p className="mt-1 max-w-3xl text-slate-700">
            <Mixed text={issue.definition} locale={locale} />
          </p>
          <p className="mt-1 text-sm text-slate-600" data-testid="view-date">
            {t("positionsAsOf", { date: fd(asOf) })}
          </p>
        </div>
        <ShareButton target={{ path: `/issues/${encodeURIComponent(issue.slug)}`, pinned: { asOf } }} />
      </header>
      <HorizonNotice horizon={horizon} asOf={asOf} />
      {highlight !== undefined && history.some((s) => s.id === highlight) && <ScrollIntoView id={`stance-${highlight}`} />}
      <AsOfControl action={`/issues/${issue.slug}`} asOf={asOf} today={today} events={events} allEvents={`/timeline?issue=${encodeURIComponent(issue.slug)}`} />

      <section aria-labelledby="scale-h" className="iss-box">
        <h2 id="scale-h">{t("scale")}</h2>
        <p>
          {t("scaleNote")} <a href={localizeHref(locale, "/methodology#scale")}>{t("howCoded")}</a>
        </p>
        <ol className="iss-scale">
          {issue.scale.map((p) => (
            <li key={p.value} className={`pb ${positionClass(p.value)}`}>
              <b>{formatPosition(p.value)}</b> <Mixed text={p.label} locale={locale} />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="now-h" className="iss-box">
        <h2 id="now-h">
          {isToday ? t("positionsToday") : t("positionsOn")} <span>{isToday ? `(${fd(today)})` : fd(asOf)}</span>
        </h2>
        {strip.length > 0 ? (
          <div className="mt-2">
            <StripChart
              title={t("stripTitle", { date: fd(asOf) })}
              labels={labels}
              points={strip}
              note={t("stripNote")}
              exportAs={{
                title: t("stripExportTitle", { issue: issue.title }),
                subtitle: t("stripExportSubtitle", { actors: list(strip.map((p) => p.label)), date: fd(asOf) }),
                asOf,
                horizon,
                view: "issue",
                subject: issue.slug,
              }}
            />
          </div>
        ) : (
          <p className="iss-empty">{t("noPositions", { when })}</p>
        )}
        <div className="mt-2 overflow-x-auto">
          <table className="iss-t">
            <caption className="sr-only">{t("tableCaption", { when })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("colActor")}</th>
                <th scope="col">{t("colPosition")}</th>
                <th scope="col">{t("colSalience")}</th>
                <th scope="col">{t("colConfidence")}</th>
                <th scope="col">{t("colSince")}</th>
              </tr>
            </thead>
            <tbody>
              {actors.map((a) => {
                const here = current.filter((s) => s.actor === a.code);
                if (here.length === 0)
                  return (
                    <tr key={a.code}>
                      <th scope="row">{a.shortName}</th>
                      <td colSpan={4} className="iss-empty">{d.noStatedPosition}</td>
                    </tr>
                  );
                return here.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      <a href={`#stance-${s.id}`}>{a.shortName}</a>
                      {s.counterpart && <span> {toward(s.counterpart)}</span>}
                    </th>
                    <td>{badge(s.position)}</td>
                    <td>{s.salience}/5</td>
                    <td>{s.confidence === "low" ? <mark>{d.confidenceTag.low}</mark> : d.confidenceTag[s.confidence]}</td>
                    <td>{fd(s.validFrom)}</td>
                  </tr>
                ));
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="history-h" className="space-y-4">
        <h2 id="history-h" className="text-lg font-semibold">
          {t("historyTitle")}
        </h2>
        <div className="iss-box">
          <h3>{t("markersTitle")}</h3>
          <MarkerKey markers={chartMarkers} label={tc("markers")} />
        </div>
        {actors.map((a, i) => (
          <ActorHistory
            key={a.code}
            actor={[a.code, a.name, a.shortName, a.color, i]}
            series={series.filter((x) => x.actor === a.code).map((x) => [x.counterpart, x.counterpart ? (name.get(x.counterpart) ?? x.counterpart) : null, x.steps.map((p) => [p.date, p.position])])}
            stances={history.filter((s) => s.actor === a.code).map(tuple)}
            context={context}
            followed={followed}
          />
        ))}
      </section>
      <p className="text-sm">
        <a href={localizeHref(locale, `/?asOf=${asOf}`)} className="text-blue-800 underline">
          {t("backToMatrix")}
        </a>{" "}
        · {josa(t("orientation", { min: formatPosition(-2), max: formatPosition(2) }))}
      </p>
    </article>
    </ClientMessages>
  );
}
