import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { todayIso } from "./lib/dates";
import { matrixViewKey, parseMatrixQuery, parseMatrixViewKey } from "./lib/matrix-view";
import { SECURITY_HEADERS } from "./lib/security-headers";

/**
 * Serves the matrix from the page cache: "/" with a valid selection is rewritten to /matrix/<today~asOf~cluster~page>,
 * a route whose renders are cached until an admin write expires them. An invalid query goes to "/" itself, which
 * explains it.
 *
 * Guards, since every answer of /matrix/<key> is kept in the page cache: a /matrix/ key asked for directly is
 * served only when it is exactly the key this proxy makes today (any other "today", an unknown cluster or a date
 * outside the query span is a 404, rendered from nothing and cached nowhere). And a path whose percent-encoding
 * is malformed (`/issues/%`) is answered 400 here, with the usual headers, before routing trips over it. A server
 * action forwarded from another page is refused (see below).
 *
 * Languages: next-intl's routing (i18n/routing.ts) serves English at the unprefixed paths (rewritten to the
 * app/[locale] tree as /en/...) and Korean under /ko; the matrix rewrite above happens first, in either language
 * (`/ko?asOf=...` → /ko/matrix/<key>). The read API (/api) has no language in its path.
 */
const i18nRouting = createMiddleware(routing);

export function proxy(request: NextRequest) {
  // Next forwards a server action posted to a page that does not hold it to one that does, by an internal request
  // marked x-action-forwarded. Its changes are then written but its cache invalidation is lost (Next 16 skips it
  // on that path), so public pages would keep showing the old data. No form of ours posts elsewhere than its own
  // page: refuse the forwarded request, and with it the action, before anything is written.
  if (request.headers.has("x-action-forwarded")) return plain(421, "Misdirected request: submit a form from the page it belongs to.");
  const { pathname } = request.nextUrl;
  if (!decodable(pathname)) return plain(400, "Bad request: the address has malformed percent-encoding.");
  if (pathname === "/api" || pathname.startsWith("/api/")) return NextResponse.next();
  const korean = pathname === "/ko" || pathname.startsWith("/ko/");
  const path = korean ? pathname.slice(3) || "/" : pathname;
  const today = todayIso();
  // The cached matrix route, also in its internal form /en/matrix/<key> or /ko/matrix/<key>: a rewrite below that
  // Next serves as an external one (when the server is bound to another host name than the request's) comes back
  // through here, and must reach the page rather than next-intl's redirect of /en/... to the unprefixed path.
  const internal = /^\/(en|ko)\/matrix\//.test(pathname);
  const matrixKey = internal ? pathname.slice("/en/matrix/".length) : path.startsWith("/matrix/") ? path.slice("/matrix/".length) : null;
  if (matrixKey !== null) {
    const parsed = parseMatrixViewKey(matrixKey);
    if (!parsed || parsed.today !== today || matrixViewKey(parsed.selection, today) !== decodeURIComponent(matrixKey))
      return plain(404, "Not found.");
    return internal ? NextResponse.next() : i18nRouting(request);
  }
  if (path !== "/") return i18nRouting(request);

  const sp = request.nextUrl.searchParams;
  const query: Record<string, string | string[]> = Object.create(null);
  for (const key of new Set(sp.keys())) {
    const all = sp.getAll(key);
    query[key] = all.length > 1 ? all : all[0];
  }
  const selection = parseMatrixQuery(query, today);
  if (!selection.ok) return i18nRouting(request);
  const url = request.nextUrl.clone();
  // Straight to the cached route of the page's language (app/[locale]/.../matrix/[view] sets its locale itself).
  url.pathname = `/${korean ? "ko" : "en"}/matrix/${matrixViewKey(selection.value, today)}`;
  for (const key of ["asOf", "cluster", "page"]) url.searchParams.delete(key);
  return NextResponse.rewrite(url);
}

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function plain(status: number, body: string): NextResponse {
  const res = new NextResponse(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  for (const { key, value } of SECURITY_HEADERS) res.headers.set(key, value);
  return res;
}

// Static assets never pass through here; everything else does (the checks above are a few string operations).
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"] };
