/**
 * Preloaded into the production server (scripts/start.ts runs `node --require` this before `next start`).
 * TRACE has no use here, and Next cannot even build a Request for TRACE (it answers a bare 500):
 * it gets 405 with an Allow header and the security headers, before Next sees it. Plain CommonJS on purpose:
 * no loader, nothing to compile, a few lines on the request path.
 */
"use strict";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload, loaded with node --require
const http = require("node:http");

const REFUSED = new Set(["TRACE"]);
const HEADERS = {
  Allow: "GET, HEAD, POST, OPTIONS",
  "Content-Type": "text/plain; charset=utf-8",
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
};

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function guardedEmit(event, req, res) {
  if (event === "request" && REFUSED.has(req.method)) {
    res.writeHead(405, HEADERS);
    res.end("Method not allowed.\n");
    return true;
  }
  return emit.apply(this, arguments);
};
