"use client";
import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/dates";
import { localizeHref, type AppLocale } from "@/lib/i18n/paths";
import { Mixed } from "../stances/Mixed";
import { josa } from "@/lib/i18n/josa";

/**
 * An event in numbers: [date, end date (null: one day), title, description, actors (indexes in `actors`), low
 * confidence (1)]. Dates as ISO strings; the texts in the page's language.
 */
export type TimelineEvent = [date: string, endDate: string | null, title: string, description: string, actors: number[], low: 0 | 1];
/** An actor as the list names it: code, short name. Its colour is the page's `.ta<index>` class (TimelineColors). */
export type TimelineActor = [code: string, shortName: string];

/**
 * The dated events by year, rendered on the server into the page's HTML (readable without JavaScript) and hydrated
 * from compact props: a server component's tree is sent twice (as HTML and again, element by element, in React's
 * inline payload); as a client component the payload carries only these tuples. Plain links and a few semantic
 * classes (timeline.css: .tl-*). Texts: catalogue "Timeline" (the server parent provides it).
 */
export function EventList({
  events,
  actors,
  issue,
}: {
  events: TimelineEvent[];
  actors: TimelineActor[];
  /** The issue page the reader came from (its list of events): each event also opens it as of its date. */
  issue?: { slug: string; title: string };
}) {
  const t = useTranslations("Timeline");
  const locale = useLocale() as AppLocale;
  const fd = (iso: string) => formatDate(iso, locale);
  const href = (path: string) => localizeHref(locale, path);
  const low = t("lowConfidence");
  const involved = t("actorsInvolved");
  const matrix = t("matrixLink");
  const years: [string, TimelineEvent[]][] = [];
  for (const e of events) {
    const y = e[0].slice(0, 4);
    if (years.at(-1)?.[0] === y) years.at(-1)![1].push(e);
    else years.push([y, [e]]);
  }
  return years.map(([year, list]) => (
    <section key={year} aria-labelledby={`y-${year}`} className="tl-year">
      <h2 id={`y-${year}`}>{year}</h2>
      <ol>
        {list.map(([date, end, title, description, who, lowConf], i) => {
          const [a, b] = who.map((x) => actors[x]);
          return (
            <li key={i} data-testid="event">
              <time dateTime={date}>
                {fd(date)}
                {end ? ` – ${fd(end)}` : ""}
              </time>
              <h3>
                <Mixed text={title} locale={locale} />
              </h3>
              {lowConf === 1 && <mark>{low}</mark>}
              <p>
                <Mixed text={description} locale={locale} />
              </p>
              <ul aria-label={involved}>
                {who.map((x) => (
                  <li key={x}>
                    <a href={href(`/actors/${actors[x][0]}`)} className={`ta${x}`}>
                      {actors[x][1]}
                    </a>
                  </li>
                ))}
              </ul>
              {issue && (
                <a href={href(`/issues/${encodeURIComponent(issue.slug)}?asOf=${date}`)} aria-label={t("issueLabel", { issue: issue.title, date: fd(date) })}>
                  {t("issueLink", { issue: issue.title })}
                </a>
              )}
              <a href={href(`/?asOf=${date}`)} aria-label={t("matrixLabel", { date: fd(date), title })}>
                {matrix}
              </a>
              {a && b && (
                <a href={href(`/compare?a=${a[0]}&b=${b[0]}&asOf=${date}`)} aria-label={josa(t("compareLabel", { a: a[1], b: b[1], date: fd(date) }))}>
                  {t("compareLink", { a: a[0], b: b[0] })}
                </a>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  ));
}
