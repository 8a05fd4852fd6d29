import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { routing, type Locale } from "./routing";

export type LocaleParams = Promise<{ locale: string }>;

/**
 * The language of a page from its [locale] segment, registered for next-intl's server functions (so a page that
 * is cached, like /matrix/<key>, renders in its language without reading request headers). Unknown → 404.
 * Call it first in every page and layout under app/[locale].
 */
export async function pageLocale(params: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
