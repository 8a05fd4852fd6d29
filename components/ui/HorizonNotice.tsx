import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/link";
import { formatDate } from "@/lib/dates";
import { isPastHorizon } from "@/lib/horizon";
import { josa } from "@/lib/i18n/josa";

/**
 * The coding horizon at the top of a public view (server-rendered, no client code): one line "Positions coded
 * through <date>", and, when a date the view shows lies after it, a plain warning that the positions shown are
 * the last coded ones, not confirmed for that date. `asOf` is the view's date, or its dates (compare: A and B).
 * In the page's language (catalogue "Horizon").
 */
export async function HorizonNotice({ horizon, asOf = [] }: { horizon: string | null; asOf?: string | readonly string[] }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("Horizon")]);
  const dates = typeof asOf === "string" ? [asOf] : asOf;
  const past = horizon === null ? undefined : [...dates].sort().reverse().find((d) => isPastHorizon(d, horizon));
  return (
    <div className="space-y-2">
      {past && horizon && (
        <p role="note" data-testid="horizon-notice" className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <strong className="font-semibold">{t("pastTitle")}</strong> {josa(t("pastText", { date: formatDate(past, locale), horizon: formatDate(horizon, locale) }))}
        </p>
      )}
      <p className="text-xs text-slate-600" data-testid="coding-horizon" data-horizon={horizon ?? ""}>
        {horizon === null ? t("none") : t("through", { date: formatDate(horizon, locale) })} ·{" "}
        <Link href="/methodology#horizon" prefetch={false} className="text-blue-800 underline">
          {t("whatThisMeans")}
        </Link>
      </p>
    </div>
  );
}
