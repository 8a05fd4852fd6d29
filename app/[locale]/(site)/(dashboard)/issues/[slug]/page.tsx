import { ShareButton } from "@/components/ui/ShareButton";
import { FIGURE_NAMESPACES } from "@/components/charts/namespaces";
import { ClientMessages } from "@/i18n/client";
import type { Metadata } from "next";
import { Link } from "@/i18n/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { localizeHref } from "@/lib/i18n/paths";
import { ConfidenceTag } from "@/components/stances/ConfidenceTag";
import { EvidenceList, ReviewLine, StanceNoteText, UnsourcedMark } from "@/components/stances/EvidenceList";
import { HorizonNotice } from "@/components/ui/HorizonNotice";
import { PositionBadge } from "@/components/stances/PositionBadge";
import { PositionStepChart } from "@/components/charts/PositionStepChart";
import { StripChart } from "@/components/charts/StripChart";
import { MarkerList } from "@/components/charts/DivergenceTimelineChart";
import { HISTORY_START } from "@/db/queries/divergence";
import { resolveAsOf } from "@/lib/asof";
import { domainText, formatPosition, isUnsourced } from "@/lib/domain";
import { formatDate, todayIso } from "@/lib/dates";
import { parseDateParam, parseErrorText, parsePositiveInt } from "@/lib/params";
import { AsOfControl } from "@/components/matrix/AsOfControl";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { PageHeader } from "@/components/ui/PageHeader";
import { ScrollIntoView } from "@/components/ui/ScrollIntoView";
import { MixedText } from "@/components/stances/MixedText";
import * as cached from "@/db/cached";

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
  const [t, te, d] = await Promise.all([getTranslations("Issue"), getTranslations("Errors"), getTranslations("Domain").then(domainText)]);
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

  return (
    // The charts and their Export menus are client components with their own texts.
    <ClientMessages namespaces={[...FIGURE_NAMESPACES, "Stances", "Domain"]}>
    <article className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{d.cluster(issue.cluster)}</p>
          <h1 className="text-2xl font-semibold tracking-tight">
            <MixedText text={issue.title} />
          </h1>
          <p className="mt-1 max-w-3xl text-slate-700">
            <MixedText text={issue.definition} />
          </p>
          <p className="mt-1 text-sm text-slate-600" data-testid="view-date">
            {t("positionsAsOf", { date: fd(asOf) })}
          </p>
        </div>
        <ShareButton target={{ path: `/issues/${encodeURIComponent(issue.slug)}`, pinned: { asOf } }} />
      </header>
      <HorizonNotice horizon={horizon} asOf={asOf} />
      {highlight !== undefined && history.some((s) => s.id === highlight) && <ScrollIntoView id={`stance-${highlight}`} />}
      <AsOfControl action={`/issues/${issue.slug}`} asOf={asOf} today={today} events={events} />

      <section aria-labelledby="scale-h" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="scale-h" className="font-semibold">
          {t("scale")}
        </h2>
        <p className="mt-0.5 text-xs text-slate-600">
          {t("scaleNote")}{" "}
          <Link href="/methodology#scale" prefetch={false} className="text-blue-800 underline">
            {t("howCoded")}
          </Link>
        </p>
        <ol className="mt-2 grid gap-2 sm:grid-cols-5">
          {issue.scale.map((p) => (
            <li key={p.value}>
              <PositionBadge position={p.value} label={p.label} />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="now-h" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="now-h" className="font-semibold">
          {isToday ? t("positionsToday") : t("positionsOn")} <span className="font-normal text-slate-500">{isToday ? `(${fd(today)})` : fd(asOf)}</span>
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
          <p className="mt-2 text-sm italic text-slate-600">{t("noPositions", { when })}</p>
        )}
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("tableCaption", { when })}</caption>
            <thead>
              <tr className="text-left text-xs text-slate-500">
                <th scope="col" className="py-1 pr-3">{t("colActor")}</th>
                <th scope="col" className="py-1 pr-3">{t("colPosition")}</th>
                <th scope="col" className="py-1 pr-3">{t("colSalience")}</th>
                <th scope="col" className="py-1 pr-3">{t("colConfidence")}</th>
                <th scope="col" className="py-1">{t("colSince")}</th>
              </tr>
            </thead>
            <tbody>
              {actors.map((a) => {
                const here = current.filter((s) => s.actor === a.code);
                if (here.length === 0)
                  return (
                    <tr key={a.code} className="border-t border-slate-100">
                      <th scope="row" className="py-1.5 pr-3 text-left font-medium">{a.shortName}</th>
                      <td colSpan={4} className="py-1.5 italic text-slate-500">{d.noStatedPosition}</td>
                    </tr>
                  );
                return here.map((s) => (
                  <tr key={s.id} className="border-t border-slate-100">
                    <th scope="row" className="py-1.5 pr-3 text-left font-medium">
                      <a href={`#stance-${s.id}`} className="hover:underline">{a.shortName}</a>
                      {s.counterpart && <span className="font-normal text-slate-600"> {toward(s.counterpart)}</span>}
                    </th>
                    <td className="py-1.5 pr-3"><PositionBadge position={s.position} label={scaleLabel(labels, s.position)} /></td>
                    <td className="py-1.5 pr-3 tabular-nums">{s.salience}/5</td>
                    <td className="py-1.5 pr-3"><ConfidenceTag confidence={s.confidence} /></td>
                    <td className="py-1.5 whitespace-nowrap">{fd(s.validFrom)}</td>
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
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="text-sm font-semibold">{t("markersTitle")}</h3>
          <MarkerList markers={markers} />
        </div>
        {actors.map((a) => {
          const list = history.filter((s) => s.actor === a.code);
          return (
            <section key={a.code} aria-labelledby={`h-${a.code}`} className="rounded-lg border border-slate-200 bg-white p-4">
              <h3 id={`h-${a.code}`} className="flex items-center gap-2 font-semibold">
                <span aria-hidden className="inline-block h-3 w-3 rounded-full" style={{ backgroundColor: a.color }} />
                {a.name}
              </h3>
              {list.length === 0 ? (
                <p className="mt-2 text-sm italic text-slate-500">{t("noStance")}</p>
              ) : (
                <>
                <div className={`mt-3 grid gap-4 ${series.filter((x) => x.actor === a.code).length > 1 ? "lg:grid-cols-2" : ""}`}>
                  {series
                    .filter((x) => x.actor === a.code)
                    .map((x) => (
                      <PositionStepChart
                        key={x.counterpart ?? "all"}
                        testId={`steps-${a.code}${x.counterpart ? `-${x.counterpart}` : ""}`}
                        name="issue-position-steps"
                        title={t("stepsTitle", { actor: x.counterpart ? `${a.shortName} ${toward(x.counterpart)}` : a.shortName })}
                        color={a.color}
                        labels={labels}
                        steps={x.steps}
                        markers={markers}
                        from={HISTORY_START}
                        to={today}
                        exportAs={{
                          title: `${issue.title}: ${x.counterpart ? `${a.shortName} ${toward(x.counterpart)}` : a.shortName}`,
                          subtitle: t("stepsExportSubtitle", { actor: a.name, from: fd(HISTORY_START), to: fd(today) }),
                          asOf: today,
                          horizon,
                          view: "issue-history",
                          subject: `${issue.slug}-${a.code}${x.counterpart ? `-${x.counterpart}` : ""}`,
                        }}
                      />
                    ))}
                </div>
                <ol className="mt-3 space-y-4">
                  {list.map((s) => (
                    <li
                      key={s.id}
                      id={`stance-${s.id}`}
                      aria-current={s.id === highlight ? "true" : undefined}
                      data-in-force={current.some((c) => c.id === s.id) ? "" : undefined}
                      className={`scroll-mt-4 target:outline target:outline-2 target:outline-offset-4 target:outline-blue-700 aria-[current=true]:rounded-md aria-[current=true]:outline aria-[current=true]:outline-2 aria-[current=true]:outline-offset-4 aria-[current=true]:outline-blue-700 ${s.confidence === "low" ? "rounded-md border-2 border-dashed border-amber-600 bg-amber-50/40 p-3" : ""}`}
                    >
                      {s.id === highlight && (
                        <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-blue-800">{current.some((c) => c.id === s.id) ? t("followedInForce", { date: fd(asOf) }) : t("followed")}</p>
                      )}
                      <div className="flex flex-wrap items-center gap-2">
                        <span className="text-sm font-medium tabular-nums text-slate-700">
                          {fd(s.validFrom)} – {s.validUntil ? fd(s.validUntil) : t("nextChange")}
                        </span>
                        {s.counterpart && <span className="text-sm text-slate-600">{toward(s.counterpart)}</span>}
                        <PositionBadge position={s.position} label={scaleLabel(labels, s.position)} />
                        <span className="text-xs text-slate-600">{t("salience", { value: s.salience })}</span>
                        <ConfidenceTag confidence={s.confidence} />
                        {isUnsourced({ position: s.position, evidenceCount: s.evidence.length }) && <UnsourcedMark />}
                      </div>
                      <p className="mt-1 text-sm text-slate-800">
                        <MixedText text={s.summary} />
                      </p>
                      <StanceNoteText note={s.note} />
                      <ReviewLine codedBy={s.codedBy} reviewedAt={s.reviewedAt} reviewedBy={s.reviewedBy} />
                      <div className="mt-2">
                        <EvidenceList items={s.evidence} note={s.note} position={s.position} />
                      </div>
                    </li>
                  ))}
                </ol>
                </>
              )}
            </section>
          );
        })}
      </section>
      <p className="text-sm">
        <Link href={`/?asOf=${asOf}`} className="text-blue-800 underline">
          {t("backToMatrix")}
        </Link>{" "}
        · {t("orientation", { min: formatPosition(-2), max: formatPosition(2) })}
      </p>
    </article>
    </ClientMessages>
  );
}
