import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/dates";
import { isPastHorizon } from "@/lib/horizon";
import { localizeHref } from "@/lib/i18n/paths";

/**
 * An embedded chart's frame: its title, the chart (as wide as the iframe), the source line with the view's date,
 * the coding date, and a link back to the full view (in the embed's language), which opens in the top window, out
 * of the host's frame.
 */
export async function EmbedFrame({
  title,
  subtitle,
  asOf,
  horizon,
  viewHref,
  fill = false,
  children,
}: {
  title: string;
  subtitle?: string;
  asOf: string;
  horizon: string | null;
  /** The full view on Stance Atlas, with the same query. */
  viewHref: string;
  /**
   * The frame's height is the iframe's: title and footer (source line, coding date, link back) stay in view and the
   * chart between them takes the height left (scrolling inside its own box when the frame is too short for it).
   */
  fill?: boolean;
  children: React.ReactNode;
}) {
  const [locale, t, th] = await Promise.all([getLocale(), getTranslations("Embed"), getTranslations("Horizon")]);
  return (
    <article aria-labelledby="embed-title" className={`flex flex-col gap-2 ${fill ? "embed-fill" : ""}`} data-testid="embed">
      <header className="shrink-0">
        <h1 id="embed-title" className="text-base font-semibold leading-tight">
          {title}
        </h1>
        {subtitle && <p className="text-xs text-slate-600">{subtitle}</p>}
      </header>
      <div className={fill ? "embed-fill-body min-h-0 min-w-0 flex-1 overflow-y-auto" : "min-w-0"}>{children}</div>
      <footer className="flex shrink-0 flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-t border-slate-200 pt-1.5 text-xs text-slate-600">
        <p>
          <span data-testid="embed-source">
            {t("source", { date: formatDate(asOf, locale) })}
            {isPastHorizon(asOf, horizon) && t("pastHorizon")}
          </span>{" "}
          ·{" "}
          <span data-testid="coding-horizon" data-horizon={horizon ?? ""}>
            {horizon === null ? th("none") : th("through", { date: formatDate(horizon, locale) })}
          </span>
        </p>
        <a href={localizeHref(locale, viewHref)} target="_top" className="font-medium text-blue-800 underline">
          {t("viewIn")}
        </a>
      </footer>
    </article>
  );
}
