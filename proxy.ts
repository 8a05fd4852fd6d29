import { NextResponse, type NextRequest } from "next/server";
import { todayIso } from "./lib/dates";
import { matrixViewKey, parseMatrixQuery } from "./lib/matrix-view";

/**
 * Serves the matrix from the page cache: "/" with a valid selection is rewritten to /matrix/<today~asOf~cluster~page>,
 * a route whose renders are cached until an admin write expires them. An invalid query goes to "/" itself, which
 * explains it. Only the path "/" passes through here.
 */
export function proxy(request: NextRequest) {
  const sp = request.nextUrl.searchParams;
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(sp.keys())) {
    const all = sp.getAll(key);
    query[key] = all.length > 1 ? all : all[0];
  }
  const today = todayIso();
  const selection = parseMatrixQuery(query, today);
  if (!selection.ok) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = `/matrix/${matrixViewKey(selection.value, today)}`;
  for (const key of ["asOf", "cluster", "page"]) url.searchParams.delete(key);
  return NextResponse.rewrite(url);
}

export const config = { matcher: "/" };
