/**
 * The analyst's context (the as-of date, and the pair where a view has one) carried from the current URL into the
 * header's links, so moving between views never silently drops the date. Pure: takes the current query, gives hrefs.
 * Values are copied only when they have the shape the target accepts (a calendar date, an actor code); the target
 * page still validates them with lib/params.ts.
 */
import { isIsoDate } from "./dates";

/** The parts of the URL that travel between views. */
export type NavContext = { asOf?: string; pair?: [string, string] };

const CODE = /^[A-Z][A-Z0-9]{0,15}$/;

/** Reads the context from a query: `asOf`, the pair from `a` and `b` (two different codes) or the briefing's `pair=A-B`. */
export function readNavContext(query: URLSearchParams): NavContext {
  const out: NavContext = {};
  const asOf = query.getAll("asOf");
  if (asOf.length === 1 && isIsoDate(asOf[0])) out.asOf = asOf[0];
  const a = query.getAll("a");
  const b = query.getAll("b");
  if (a.length === 1 && b.length === 1 && CODE.test(a[0]) && CODE.test(b[0]) && a[0] !== b[0]) out.pair = [a[0], b[0]];
  else {
    const pair = query.getAll("pair");
    const parts = pair.length === 1 ? pair[0].split("-") : [];
    if (parts.length === 2 && CODE.test(parts[0]) && CODE.test(parts[1]) && parts[0] !== parts[1]) out.pair = [parts[0], parts[1]];
  }
  return out;
}

/**
 * Views that read `asOf`; of those, the ones that read a pair (as `a`/`b`, or the briefing's `pair`). "What moved"
 * reads the date as the end of its window (`to`: the 90 days up to the date the analyst is at).
 */
const DATED = new Set(["/", "/compare", "/divergence", "/issues", "/actors", "/briefing", "/changes"]);
const PAIRED = new Set(["/compare", "/divergence"]);

/** `href` (a path without a query) with the context that view understands; other paths come back unchanged. */
export function withNavContext(href: string, ctx: NavContext): string {
  if (!DATED.has(href)) return href;
  const q = new URLSearchParams();
  if (ctx.pair && PAIRED.has(href)) {
    q.set("a", ctx.pair[0]);
    q.set("b", ctx.pair[1]);
  }
  if (ctx.pair && href === "/briefing") q.set("pair", ctx.pair.join("-"));
  if (ctx.asOf) q.set(href === "/changes" ? "to" : "asOf", ctx.asOf);
  const s = q.toString();
  return s ? `${href}?${s}` : href;
}

/** A link to an issue page at a date, scrolled to (and highlighting) one stance when given. */
export function issueHref(slug: string, asOf?: string, stanceId?: number): string {
  const q = new URLSearchParams();
  if (asOf) q.set("asOf", asOf);
  if (stanceId !== undefined) q.set("stance", String(stanceId));
  const s = q.toString();
  return `/issues/${encodeURIComponent(slug)}${s ? `?${s}` : ""}${stanceId !== undefined ? `#stance-${stanceId}` : ""}`;
}

/** A link to an actor page at a date. */
export function actorHref(code: string, asOf?: string): string {
  return `/actors/${encodeURIComponent(code)}${asOf ? `?${new URLSearchParams({ asOf })}` : ""}`;
}
