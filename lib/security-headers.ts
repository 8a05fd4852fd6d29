/**
 * The security headers of every response: set by next.config.ts for pages and routes, and by proxy.ts on the
 * answers it gives itself (a malformed URL), which the config's headers do not reach. Pure data.
 *
 * `script-src 'unsafe-inline'`: the pages are served from Next's page cache (ISR) as stored HTML, the same bytes
 * for everyone, so a per-request nonce cannot be put into them; Next's inline bootstrap scripts (the RSC
 * payload) therefore need 'unsafe-inline'. What keeps injected markup from running is that no user input is
 * ever rendered as HTML (React escapes it; the stored-XSS e2e suite checks every field on every page).
 */
export const CONTENT_SECURITY_POLICY = [
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
].join("; ");

export const SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
];

/** HSTS, sent only when the request came over https (directly or via a proxy that says so). */
export const HSTS = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" };
