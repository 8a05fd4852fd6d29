import { formatDate } from "@/lib/dates";
import { isPastHorizon } from "@/lib/horizon";

type SourceKey = "source.none" | "source.past" | "source.coded";
/** The namespace's translator ("Export"), from useTranslations or getTranslations. */
export type SourceT = (key: SourceKey, values: { asOf: string; horizon: string }) => string;

/**
 * The source line of an exported image or pack page in the page's language: the view's date and the coding
 * horizon (English keeps the ISO dates of lib/horizon's exportSourceLine; Korean writes them as "2019년 3월 1일").
 */
export function exportSource(t: SourceT, locale: string, asOf: string, horizon: string | null): string {
  const d = (iso: string) => (locale === "en" ? iso : formatDate(iso, "ko"));
  if (horizon === null) return t("source.none", { asOf: d(asOf), horizon: "" });
  return t(isPastHorizon(asOf, horizon) ? "source.past" : "source.coded", { asOf: d(asOf), horizon: d(horizon) });
}
