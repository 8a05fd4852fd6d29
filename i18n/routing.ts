import { defineRouting } from "next-intl/routing";

/**
 * The two languages of Stance Atlas. English stays at the unprefixed paths (`/compare`), Korean lives under `/ko`
 * (`/ko/compare`), so every URL, and every cached page, has exactly one language and links stay shareable.
 *
 * No locale detection and no locale cookie: a page's language is its path, nothing else, so a cache in front can
 * key on the path alone (the first visit to `/` with a browser preferring Korean gets an offer of `/ko` instead,
 * components/ui/LanguageOffer.tsx). `/en/...` redirects to the unprefixed path.
 */
export const routing = defineRouting({
  locales: ["en", "ko"],
  defaultLocale: "en",
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
  // No `Link: <...>; rel="alternate"` header: for "/" it would name the internal /matrix/<key> path the proxy
  // rewrites to. The pages name their other-language version in their metadata instead.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];
