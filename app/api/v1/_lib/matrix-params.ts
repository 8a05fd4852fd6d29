import { CLUSTERS } from "@/lib/domain";
import { parseChoice, parseCodeList, parseDateParam, unknownParams, type Parsed } from "@/lib/params";
import * as cached from "@/db/cached";

export type MatrixParams = { asOf: string; actors?: string[]; cluster?: string; lang?: "en" | "ko" };

/**
 * asOf (YYYY-MM-DD, default today), actors (comma-separated codes), cluster, lang (en or ko: ko adds the Korean
 * texts next to the English ones; codes and slugs stay). Anything else is a 400.
 */
export async function parseMatrixParams(url: URL): Promise<Parsed<MatrixParams>> {
  const sp = url.searchParams;
  const extra = unknownParams(sp.keys(), ["asOf", "actors", "cluster", "lang"]);
  if (extra) return { ok: false, error: extra };
  const many = (k: string) => (sp.getAll(k).length > 1 ? sp.getAll(k) : sp.get(k) ?? undefined);
  const asOf = parseDateParam("asOf", many("asOf"));
  if (!asOf.ok) return asOf;
  const actors = parseCodeList("actors", many("actors"), (await cached.listActors()).map((a) => a.code));
  if (!actors.ok) return actors;
  const cluster = parseChoice("cluster", many("cluster"), CLUSTERS.map((c) => c.id));
  if (!cluster.ok) return cluster;
  const lang = parseChoice("lang", many("lang"), ["en", "ko"]);
  if (!lang.ok) return lang;
  return { ok: true, value: { asOf: asOf.value, actors: actors.value, cluster: cluster.value, ...(lang.value === "ko" && { lang: "ko" as const }) } };
}
