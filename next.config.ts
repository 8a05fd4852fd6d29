import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { API_CORS_HEADERS, PUBLIC_CACHE_CONTROL } from "./lib/http";
import { EMBED_SECURITY_HEADERS, EMBED_SOURCE, HSTS, NOT_EMBED_SOURCE, SECURITY_HEADERS } from "./lib/security-headers";

const headerList = (h: Record<string, string>) => Object.entries(h).map(([key, value]) => ({ key, value }));

/** The public views (not /admin, not the read API, not /matrix/<key>, which is only reached through "/"). */
const PUBLIC_PAGES = ["", "/ko"].flatMap((prefix) => [
  prefix || "/",
  `${prefix}/:view(compare|divergence|issues|actors|timeline|changes|briefing|methodology)`,
  `${prefix}/:view(issues|actors)/:item`,
  `${prefix}/embed/:kind`,
]);

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Reads are served from Next's cache (db/cached.ts: unstable_cache with tags; the matrix page from the page
  // cache, see proxy.ts), expired by tag on every admin write (app/[locale]/(site)/admin/_lib/invalidate.ts). Cached pages stay in
  // memory only (isrFlushToDisk): the database is the truth, and a restart (after a restore, say) must never
  // serve renders of another database from disk.
  serverExternalPackages: ["better-sqlite3"],
  // forbidden() for signed-in users without the role (admin-only pages and actions answer 403).
  // Server actions take spreadsheet uploads up to 2 MB (lib/import/read.ts), plus the form around them.
  experimental: { authInterrupts: true, isrFlushToDisk: false, serverActions: { bodySizeLimit: "3mb" } },
  async headers() {
    return [
      // Frame protection everywhere but /embed, whose charts other sites may put in an iframe (lib/security-headers.ts).
      { source: NOT_EMBED_SOURCE, headers: [...SECURITY_HEADERS] },
      { source: EMBED_SOURCE, headers: [...EMBED_SECURITY_HEADERS] },
      // HSTS only over https: behind a TLS proxy that sets X-Forwarded-Proto, or served with TLS directly.
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [HSTS] },
      // Public pages change with every admin write and with the date: a shared cache may keep them briefly and
      // revalidate (lib/http.ts, PUBLIC_CACHE_CONTROL), instead of Next's s-maxage of a year for the cached matrix
      // or no-store for the others. Admin pages keep Next's private, no-store. The read API sets its own
      // Cache-Control and ETag per answer (lib/http.ts: cacheableResponse); errors stay no-store.
      ...PUBLIC_PAGES.map((source) => ({ source, headers: [{ key: "Cache-Control", value: PUBLIC_CACHE_CONTROL }] })),
      { source: "/api/v1/:path*", headers: headerList(API_CORS_HEADERS) },
    ];
  },
};

// next-intl: messages and formats per request (i18n/request.ts); the routing is in proxy.ts.
export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
