import type { NextConfig } from "next";
import { HSTS, SECURITY_HEADERS } from "./lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Reads are served from Next's cache (db/cached.ts: unstable_cache with tags; the matrix page from the page
  // cache, see proxy.ts), expired by tag on every admin write (app/admin/_lib/invalidate.ts). Cached pages stay in
  // memory only (isrFlushToDisk): the database is the truth, and a restart (after a restore, say) must never
  // serve renders of another database from disk.
  serverExternalPackages: ["better-sqlite3"],
  // forbidden() for signed-in users without the role (admin-only pages and actions answer 403).
  // Server actions take spreadsheet uploads up to 2 MB (lib/import/read.ts), plus the form around them.
  experimental: { authInterrupts: true, isrFlushToDisk: false, serverActions: { bodySizeLimit: "3mb" } },
  async headers() {
    return [
      { source: "/:path*", headers: [...SECURITY_HEADERS] },
      // HSTS only over https: behind a TLS proxy that sets X-Forwarded-Proto, or served with TLS directly.
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [HSTS] },
    ];
  },
};

export default nextConfig;
