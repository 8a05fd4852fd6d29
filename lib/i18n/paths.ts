/**
 * Paths per language, pure string work (the routing itself is next-intl's, i18n/routing.ts): English at the
 * unprefixed path, Korean under /ko. Used where a plain `<a>` or a GET form needs the path of a view in a given
 * language (the language switch, the offer of Korean, form actions).
 */
export const LOCALES = ["en", "ko"] as const;
export type AppLocale = (typeof LOCALES)[number];

/** localStorage key of the reader's explicit choice of language (set by the switch and the offer). */
export const LANGUAGE_CHOICE_KEY = "stance-atlas.language";

/** The path without its language prefix: "/ko/compare" → "/compare", "/ko" → "/", "/compare" → "/compare". */
export function unlocalizedPath(pathname: string): string {
  const m = /^\/(en|ko)(?=\/|$)/.exec(pathname);
  if (!m) return pathname || "/";
  return pathname.slice(m[0].length) || "/";
}

/** The path of a view in a language: localizedPath("ko", "/compare") → "/ko/compare"; English stays unprefixed. */
export function localizedPath(locale: AppLocale, pathname: string): string {
  const bare = unlocalizedPath(pathname);
  if (locale === "en") return bare;
  return bare === "/" ? "/ko" : `/ko${bare}`;
}

/** A path with its query and hash, localized ("/compare?a=ROK#x" → "/ko/compare?a=ROK#x"); other URLs unchanged. */
export function localizeHref(locale: AppLocale, href: string): string {
  if (!href.startsWith("/") || href.startsWith("//")) return href;
  const cut = href.search(/[?#]/);
  const path = cut === -1 ? href : href.slice(0, cut);
  return localizedPath(locale, path) + (cut === -1 ? "" : href.slice(cut));
}

/**
 * Whether an Accept-Language list (navigator.languages, or the header's tags in order of preference) puts Korean
 * before English: the first tag that is Korean or English decides.
 */
export function prefersKorean(languages: readonly string[]): boolean {
  for (const tag of languages.slice(0, 20)) {
    const primary = tag.trim().toLowerCase().split(/[-_;]/)[0];
    if (primary === "ko") return true;
    if (primary === "en") return false;
  }
  return false;
}
