/**
 * The Share dialog's permanent link and embed code (components/ui/ShareButton.tsx). Pure: takes the page's origin
 * and current query, gives the strings. The link and the embed are in the view's language (`lang`: "/ko/compare",
 * "/ko/embed/compare"; English unprefixed).
 */
import { localizedPath, type AppLocale } from "./i18n/paths";

/** The charts that have an embed route, /embed/<kind>, taking the same query as their view. */
export const EMBED_KINDS = ["matrix", "compare", "divergence"] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];

/** The iframe height suggested in the embed code (the embed itself is as wide as its frame). */
export const EMBED_HEIGHT: Record<EmbedKind, number> = { matrix: 720, compare: 640, divergence: 560 };

/** The iframe's title in English (what a screen reader announces for it), unless the view gives one (the Share button gives it in the page's language). */
export const EMBED_TITLE: Record<EmbedKind, string> = { matrix: "Stance matrix", compare: "Comparison of two actors", divergence: "Divergence over time" };

export type ShareTarget = {
  /** The view's path, e.g. "/compare" (the link's path; the query comes from the page's URL). */
  path: string;
  /**
   * What the page resolved from its URL (the date it shows, the pair): added to the link where the URL leaves it
   * out, so "today" becomes the date it was when shared. The URL's own values win (a what-if scenario edited in
   * the browser is only in the URL).
   */
  pinned?: Record<string, string | undefined>;
  /** The embed of this view, if it has one, and the title its iframe is announced with. */
  embed?: { kind: EmbedKind; title?: string };
  /** The language of the view; English when left out. */
  lang?: AppLocale;
};

/** The permanent link of the view and, for views with an embed, the iframe code. */
export function shareLinks(target: ShareTarget, origin: string, search: string): { link: string; embed: string | null } {
  const q = new URLSearchParams(search);
  for (const [key, value] of Object.entries(target.pinned ?? {})) if (value && !q.has(key)) q.set(key, value);
  q.sort();
  const query = q.toString() ? `?${q}` : "";
  const lang = target.lang ?? "en";
  const link = `${origin}${localizedPath(lang, target.path)}${query}`;
  if (!target.embed) return { link, embed: null };
  const src = `${origin}${localizedPath(lang, `/embed/${target.embed.kind}`)}${query}`;
  const title = `${target.embed.title ?? EMBED_TITLE[target.embed.kind]} (Stance Atlas)`;
  const embed = `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${EMBED_HEIGHT[target.embed.kind]}" style="border:0" loading="lazy"></iframe>`;
  return { link, embed };
}

function attr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
