import { formatDate } from "@/lib/dates";
import { isPastHorizon } from "@/lib/horizon";

type SourceKey = "source.none" | "source.past" | "source.coded" | "source.spanNone" | "source.spanPast" | "source.span";
/** The namespace's translator ("Export"), from useTranslations or getTranslations. */
export type SourceT = (key: SourceKey, values: Record<string, string>) => string;
/** The dates a chart over time covers: its source line names them instead of a single view date. */
export type SourceSpan = { from: string; to: string };

/**
 * The source line of an exported image or pack page in the page's language: the view's date (for a chart over
 * time, the dates it covers) and the coding horizon (English keeps the ISO dates of lib/horizon's
 * exportSourceLine; Korean writes them as "2019년 3월 1일").
 */
export function exportSource(t: SourceT, locale: string, asOf: string, horizon: string | null, span?: SourceSpan): string {
  const d = (iso: string) => (locale === "en" ? iso : formatDate(iso, "ko"));
  if (span) {
    const dates = { from: d(span.from), to: d(span.to) };
    if (horizon === null) return t("source.spanNone", dates);
    return t(isPastHorizon(span.to, horizon) ? "source.spanPast" : "source.span", { ...dates, horizon: d(horizon) });
  }
  if (horizon === null) return t("source.none", { asOf: d(asOf), horizon: "" });
  return t(isPastHorizon(asOf, horizon) ? "source.past" : "source.coded", { asOf: d(asOf), horizon: d(horizon) });
}
