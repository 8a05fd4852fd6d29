"use client";
import { useLocale, useTranslations } from "next-intl";
import { Content } from "@/components/stances/MixedText";
import { Mixed } from "@/components/stances/Mixed";
import { formatDate } from "@/lib/dates";
import { domainText, formatPosition } from "@/lib/domain";
import { localizeHref, type AppLocale } from "@/lib/i18n/paths";
import { positionClass } from "@/lib/palette";
import { PositionStepChart } from "../charts/PositionStepChart";
import type { ChartMarker } from "../charts/DivergenceTimelineChart";

/** A source in numbers: [paraphrase, quote, title, url, publisher, date, caveat]. */
export type SourceTuple = [paraphrase: string, quote: string | null, title: string, url: string | null, publisher: string, date: string, note: string | null];

/**
 * A stance in numbers: [id, counterpart's short name (null: undirected), position (null: no stated position),
 * salience, confidence (0 low, 1 medium, 2 high), valid from, valid until, summary, coder's note, coded by,
 * reviewed at, reviewed by, sources]. The sources are the list when the stance is shown in full (in force on the
 * page's date, or the one the reader followed), else only their count: that stance is one line (dates, position,
 * summary) linking to the page as of its start, where it is in force and shown with its note and sources.
 */
export type StanceTuple = [
  id: number,
  toward: string | null,
  position: number | null,
  salience: number,
  confidence: 0 | 1 | 2,
  validFrom: string,
  validUntil: string | null,
  summary: string,
  note: string | null,
  codedBy: string | null,
  reviewedAt: string | null,
  reviewedBy: string | null,
  sources: SourceTuple[] | number,
];

const CONFIDENCE = ["low", "medium", "high"] as const;

/** Content in its original language on a Korean page (English marked lang="en"); on an English page, as it is. */
function Orig({ text, locale }: { text: string; locale: string }) {
  return locale === "en" ? text : <Content text={text} />;
}

/** lang="en" for an English title, publisher or quote on a Korean page (an English page is English already). */
function origLang(text: string, locale: string): "en" | undefined {
  return locale === "en" || /[\uac00-\ud7a3]/.test(text) ? undefined : "en";
}

/** An actor as its section names it: code, full name, short name, colour (the page's .ta<index> class draws its dot). */
export type HistoryActor = [code: string, name: string, shortName: string, color: string, index: number];
/** One step series of the actor (one per counterpart for directed stances): counterpart, its short name, the steps. */
export type HistorySeries = [counterpart: string | null, toward: string | null, steps: [date: string, position: number | null][]];
/** What every actor's section shares (one object, so the page's payload carries it once). */
export type HistoryContext = {
  slug: string;
  title: string;
  /** The issue's scale labels, -2 to +2. */
  labels: string[];
  markers: ChartMarker[];
  /** The charts' span (HISTORY_START to today) and the coding horizon, for the export's source line. */
  from: string;
  to: string;
  horizon: string | null;
  /** The page's date, named by the "followed" line. */
  asOf: string;
};

/**
 * One actor's section of the issue page's history: its step chart(s), its stances in full (in force on the page's
 * date, or the one the reader followed: dates, position, salience, confidence, summary, note, review, every
 * source), then its other stances folded, one line each linking to the page as of their start. Rendered on the
 * server into the page's HTML (readable without JavaScript; the charts draw in the browser) and hydrated from
 * compact props: a server component's tree is sent twice (as HTML and again, element by element, in React's
 * inline payload); as a client component the payload carries only these tuples. A few semantic classes
 * (issues/[slug]/issue.css: .iss-*, .st, .ev, .pb). Texts: catalogues "IssueStances", "Stances" and "Domain" (the
 * server parent provides them).
 */
export function ActorHistory({
  actor,
  series,
  stances,
  context,
  followed,
}: {
  actor: HistoryActor;
  series: HistorySeries[];
  stances: StanceTuple[];
  context: HistoryContext;
  /** The stance the reader followed (a matrix cell), shown in full, and whether it is in force on the page's date. */
  followed?: { id: number; inForce: boolean };
}) {
  const [code, name, shortName, color, index] = actor;
  const { slug, labels, asOf } = context;
  const t = useTranslations("IssueStances");
  const ts = useTranslations("Stances");
  const d = domainText(useTranslations("Domain"));
  const locale = useLocale() as AppLocale;
  const fd = (iso: string) => formatDate(iso, locale);
  const full = stances.filter((s) => typeof s[12] !== "number");
  const other = stances.filter((s) => typeof s[12] === "number");
  const span = (s: StanceTuple) => `${fd(s[5])} – ${s[6] ? fd(s[6]) : t("nextChange")}`;
  const badge = (p: number | null) => (
    <span className={`pb ${positionClass(p)}`}>
      <b>{formatPosition(p)}</b> <Mixed text={d.scaleLabel(labels, p)} locale={locale} />
    </span>
  );
  const unsourced = (
    <span className="st-uns" data-testid="unsourced">
      {ts("unsourced")}
    </span>
  );
  const chartTitle = (toward: string | null) => (toward ? `${shortName} ${t("toward", { actor: toward })}` : shortName);
  return (
    <section aria-labelledby={`h-${code}`} className="iss-box">
      <h3 id={`h-${code}`} className={`iss-a ta${index}`}>
        {name}
      </h3>
      {stances.length === 0 && <p className="iss-empty">{t("noStance")}</p>}
      {series.length > 0 && (
        <div className={series.length > 1 ? "iss-charts lg:grid-cols-2" : "iss-charts"}>
          {series.map(([counterpart, toward, steps]) => (
            <PositionStepChart
              key={counterpart ?? "all"}
              testId={`steps-${code}${counterpart ? `-${counterpart}` : ""}`}
              name="issue-position-steps"
              title={t("stepsTitle", { actor: chartTitle(toward) })}
              color={color}
              labels={labels}
              steps={steps.map(([date, position]) => ({ date, position }))}
              markers={context.markers}
              from={context.from}
              to={context.to}
              exportAs={{
                title: `${context.title}: ${chartTitle(toward)}`,
                subtitle: t("stepsExportSubtitle", { actor: name, from: fd(context.from), to: fd(context.to) }),
                asOf: context.to,
                span: { from: context.from, to: context.to },
                horizon: context.horizon,
                view: "issue-history",
                subject: `${slug}-${code}${counterpart ? `-${counterpart}` : ""}`,
              }}
            />
          ))}
        </div>
      )}
      {full.length > 0 && (
        <ol className="mt-3 space-y-4">
          {full.map((s) => {
            const [id, toward, position, salience, conf, , , summary, note, codedBy, reviewedAt, reviewedBy] = s;
            const sources = s[12] as SourceTuple[];
            const low = conf === 0;
            return (
              <li key={id} id={`stance-${id}`} aria-current={id === followed?.id ? "true" : undefined} data-in-force={id === followed?.id && !followed.inForce ? undefined : ""} className={low ? "st st-low" : "st"}>
                {id === followed?.id && <p className="st-fol">{followed.inForce ? t("followedInForce", { actor: shortName, date: fd(asOf) }) : t("followed", { actor: shortName })}</p>}
                <p className="st-h">
                  <span>{span(s)}</span>
                  {toward && <span>{t("toward", { actor: toward })}</span>}
                  {badge(position)}
                  <span>{t("salience", { value: salience })}</span>
                  {low ? <mark>{d.confidenceTag.low}</mark> : <span>{d.confidenceTag[CONFIDENCE[conf]]}</span>}
                  {position !== null && sources.length === 0 && unsourced}
                </p>
                <p className="st-s">
                  <Mixed text={summary} locale={locale} />
                </p>
                {note && (
                  <p className="st-n">
                    <b>{ts("coderNote")}</b> <Orig text={note} locale={locale} />
                  </p>
                )}
                <p className="st-n" data-testid="review-line">
                  {[
                    codedBy ? ts("codedBy", { user: codedBy }) : ts("codedCurated"),
                    reviewedAt
                      ? reviewedBy
                        ? ts("reviewedBy", { date: fd(reviewedAt.slice(0, 10)), user: reviewedBy })
                        : ts("reviewed", { date: fd(reviewedAt.slice(0, 10)) })
                      : ts("notReviewed"),
                  ].join(" · ")}
                </p>
                {sources.length === 0 ? (
                  <p className="st-none">
                    {position === null ? (
                      note ? ts("noSourceSeeNote") : ts("noSource")
                    ) : (
                      <>
                        {unsourced} {note ? ts("withoutSourceSeeNote") : ts("withoutSource")}
                      </>
                    )}
                  </p>
                ) : (
                  <ul className="ev">
                    {sources.map(([paraphrase, quote, title, url, publisher, date, caveat], i) => (
                      <li key={i}>
                        <p>
                          {quote && (
                            <>
                              <q lang={origLang(quote, locale)}>{quote}</q>
                              {" — "}
                            </>
                          )}
                          <Orig text={paraphrase} locale={locale} />
                        </p>
                        <p>
                          {url ? (
                            <a href={url} rel="noopener noreferrer nofollow" target="_blank" lang={origLang(title, locale)}>
                              {title}
                            </a>
                          ) : (
                            <cite lang={origLang(title, locale)}>{title}</cite>
                          )}
                          {" · "}
                          {origLang(publisher, locale) ? <span lang="en">{publisher}</span> : publisher} · {fd(date)}
                        </p>
                        {caveat && <p className="ev-c">{ts.rich("caveat", { note: caveat, content: () => <Orig text={caveat} locale={locale} /> })}</p>}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {other.length > 0 && (
        <details className="st-more" open={full.length === 0 || undefined}>
          <summary>{t("otherStances", { count: other.length })}</summary>
          <ol>
            {other.map((s) => {
              const [id, toward, position, , conf, from, , summary] = s;
              return (
                <li key={id} id={`stance-${id}`} className={conf === 0 ? "st-low" : undefined}>
                  <span>{span(s)}</span> {toward && <>{t("toward", { actor: toward })} </>}
                  {badge(position)} {conf === 0 && <mark>{d.confidenceTag.low}</mark>} <Mixed text={summary} locale={locale} />{" "}
                  <a href={localizeHref(locale, `/issues/${encodeURIComponent(slug)}?asOf=${from}&stance=${id}#stance-${id}`)}>{t("sources", { count: s[12] as number })}</a>
                </li>
              );
            })}
          </ol>
        </details>
      )}
    </section>
  );
}
