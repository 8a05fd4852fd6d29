/**
 * First-load JavaScript per route, from the production build's manifests: the root main files every page loads
 * (build-manifest.json rootMainFiles, without the nomodule polyfills modern browsers skip) plus every chunk the
 * route's client reference manifest lists for its layouts, boundaries and page (entryJSFiles). Each file is
 * gzipped (level 9, as a CDN would) and the sizes summed. The framework baseline is /_not-found: a page with no
 * client code of its own.
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

export type RouteJs = { route: string; gzipKb: number; files: number };

function clientManifest(file: string): Record<string, string[]> {
  const context: Record<string, unknown> = {};
  context.globalThis = context;
  vm.runInNewContext(fs.readFileSync(file, "utf8"), context);
  const all = context.__RSC_MANIFEST as Record<string, { entryJSFiles?: Record<string, string[]> }>;
  const out: Record<string, string[]> = {};
  for (const m of Object.values(all)) Object.assign(out, m.entryJSFiles ?? {});
  return out;
}

export function firstLoadJs(root = process.cwd()): RouteJs[] {
  const next = path.join(root, ".next");
  const build = JSON.parse(fs.readFileSync(path.join(next, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const routes = JSON.parse(fs.readFileSync(path.join(next, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  const gz = new Map<string, number>();
  const size = (f: string) => {
    if (!gz.has(f)) gz.set(f, zlib.gzipSync(fs.readFileSync(path.join(next, f)), { level: 9 }).length);
    return gz.get(f)!;
  };
  const out: RouteJs[] = [];
  for (const [entry, route] of Object.entries(routes)) {
    if (!entry.endsWith("/page") || route === "/_global-error") continue;
    const manifest = path.join(next, "server", "app", `${entry}_client-reference-manifest.js`);
    if (!fs.existsSync(manifest)) continue;
    const files = new Set(build.rootMainFiles);
    for (const list of Object.values(clientManifest(manifest))) for (const f of list) if (f.endsWith(".js")) files.add(f);
    const bytes = [...files].reduce((sum, f) => sum + size(f), 0);
    out.push({ route, gzipKb: bytes / 1024, files: files.size });
  }
  return out.sort((a, b) => (a.route === "/_not-found" ? -1 : b.route === "/_not-found" ? 1 : a.route.localeCompare(b.route)));
}
