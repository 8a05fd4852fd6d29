import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/link";
import { DataText } from "@/components/ui/DataText";
import { formatDate } from "@/lib/dates";
import { localizeHref } from "@/lib/i18n/paths";

type EventLink = { key: string | null; date: string; title: string };

/** The most-cited turning points, offered as one-click dates above the full event list. */
const KEY_EVENTS = ["E04", "E06", "E09", "E19", "E27", "E34", "E43", "E50", "E59", "E62", "E74"];

/**
 * Date picker for "as of" views: a plain GET form (works without JavaScript) plus the dated events as links.
 * `params` are the other URL parameters to keep. Texts, dates and the form's paths in the page's language.
 */
export async function AsOfControl({
  action,
  asOf,
  today,
  events,
  params = {},
  allEvents,
  allEventsText,
  collapsible = false,
}: {
  action: string;
  asOf: string;
  today: string;
  events: EventLink[];
  params?: Record<string, string | undefined>;
  /** Link to this page listing every event (each a date for this view) instead of a select of all of them in the page. */
  allEvents?: string;
  /** The link's text when the listed events are not dates for this view (default: "each with a link to this view"). */
  allEventsText?: string;
  /**
   * Behind one "Date & events" button on phones (a <details>, so it works without JavaScript), leaving the first
   * screen to the view itself; on wider screens it is always open (app/globals.css: .date-events).
   */
  collapsible?: boolean;
}) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("AsOf")]);
  const date = (iso: string) => formatDate(iso, locale);
  const path = localizeHref(locale, action);
  const href = (date: string) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
    q.set("asOf", date);
    return `${path}?${q}`;
  };
  const featured = KEY_EVENTS.map((k) => events.find((e) => e.key === k)).filter((e): e is EventLink => !!e);
  const byYear = new Map<string, EventLink[]>();
  for (const e of events) byYear.set(e.date.slice(0, 4), [...(byYear.get(e.date.slice(0, 4)) ?? []), e]);

  const controls = (
    <>
      <form key={asOf} action={path} method="get" autoComplete="off" data-url-form className="flex flex-wrap items-end gap-3">
        {Object.entries(params).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
        <div>
          <label htmlFor="asOf">
            {t("asOf")}
          </label>
          <input
            id="asOf"
            name="asOf"
            type="date"
            defaultValue={asOf}
            min="2017-01-01"
            max={today}
            required
          />
        </div>
        <button type="submit" className="asof-go">
          {t("show")}
        </button>
        <Link href={href(today)} className="py-1.5 text-sm text-blue-800 underline">
          {t("today")}
        </Link>
      </form>
      {featured.length > 0 && (
        <div className="mt-3 flex flex-wrap items-center gap-2 text-xs">
          <span className="text-slate-600">{t("turningPoints")}</span>
          {featured.map((e) => (
            <a key={e.key} href={href(e.date)} aria-current={e.date === asOf ? "date" : undefined} className="turning-point">
              <DataText text={e.title} locale={locale} /> <span>{date(e.date)}</span>
            </a>
          ))}
        </div>
      )}
      {events.length > 0 && allEvents && (
        <p className="mt-3 text-xs">
          <a href={localizeHref(locale, allEvents)} className="text-blue-800 underline">
            {allEventsText ?? t("allEvents", { count: events.length })}
          </a>
        </p>
      )}
      {events.length > 0 && !allEvents && (
        <form key={asOf} action={path} method="get" autoComplete="off" data-url-form className="mt-3 flex flex-wrap items-end gap-2 text-sm">
          {Object.entries(params).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
          <div>
            <label htmlFor="asOf-event">
              {t("orEvent", { count: events.length })}
            </label>
            <select
              id="asOf-event"
              name="asOf"
              defaultValue={events.some((e) => e.date === asOf) ? asOf : ""}
              className="max-w-[80vw] sm:max-w-md"
            >
              <option value="" disabled>
                {t("chooseEvent")}
              </option>
              {[...byYear.entries()].map(([year, list]) => (
                <optgroup key={year} label={year}>
                  {list.map((e, i) => (
                    <option key={i} value={e.date}>
                      {t("eventOption", { date: date(e.date), title: e.title })}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded border border-slate-400 px-3 py-1.5 font-medium hover:bg-slate-100">
            {t("go")}
          </button>
        </form>
      )}
    </>
  );
  return (
    <section aria-label={t("sectionLabel")} className="asof no-print">
      {collapsible ? (
        <details className="date-events">
          <summary>
            {t("summary")} <span>{t("summaryAsOf", { date: date(asOf) })}</span>
          </summary>
          <div className="date-events-body">{controls}</div>
        </details>
      ) : (
        controls
      )}
    </section>
  );
}
