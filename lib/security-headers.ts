/**
 * The security headers of every response: set by next.config.ts for pages and routes, and by proxy.ts on the
 * answers it gives itself (a malformed URL), which the config's headers do not reach. Pure data.
 *
 * `script-src 'unsafe-inline'`: the pages are served from Next's page cache (ISR) as stored HTML, the same bytes
 * for everyone, so a per-request nonce cannot be put into them; Next's inline bootstrap scripts (the RSC
 * payload) therefore need 'unsafe-inline'. What keeps injected markup from running is that no user input is
 * ever rendered as HTML (React escapes it; the stored-XSS e2e suite checks every field on every page).
 */
const CSP_COMMON = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Every page but the embeds: no other site may frame it (clickjacking). */
export const CONTENT_SECURITY_POLICY = [...CSP_COMMON, "frame-ancestors 'none'"].join("; ");

/**
 * The embeds (/embed/...): one chart, read-only, made to be put in an iframe on any site, so any ancestor may
 * frame them. The rest of the policy is the same. They have no forms and no signed-in state to hijack.
 */
export const EMBED_CONTENT_SECURITY_POLICY = [...CSP_COMMON, "frame-ancestors *"].join("; ");

const COMMON_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

export const SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  ...COMMON_HEADERS,
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
];

/** The embeds' headers: the same, without X-Frame-Options (it has no "any site" value) and with frame-ancestors *. */
export const EMBED_SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  ...COMMON_HEADERS,
  { key: "Content-Security-Policy", value: EMBED_CONTENT_SECURITY_POLICY },
];

/**
 * next.config.ts sources: the embeds, and every other path. Disjoint on purpose: Next sends every matching rule's
 * headers, so a catch-all DENY would also reach /embed (X-Frame-Options cannot be unset by a later rule).
 */
export const EMBED_SOURCE = "/:lang(ko)?/embed/:path*";
export const NOT_EMBED_SOURCE = "/:path((?!(?:ko/)?embed(?:/|$)).*)";

/** HSTS, sent only when the request came over https (directly or via a proxy that says so). */
export const HSTS = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" };
