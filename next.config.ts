import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  {
    key: "Content-Security-Policy",
    value: [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join("; "),
  },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Reads are served from Next's cache (db/cached.ts: unstable_cache with tags; the matrix page from the page
  // cache, see proxy.ts), expired by tag on every admin write (app/admin/_lib/invalidate.ts). Cached pages stay in
  // memory only (isrFlushToDisk): the database is the truth, and a restart (after a restore, say) must never
  // serve renders of another database from disk.
  serverExternalPackages: ["better-sqlite3"],
  // forbidden() for signed-in users without the role (admin-only pages and actions answer 403).
  experimental: { authInterrupts: true, isrFlushToDisk: false },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
