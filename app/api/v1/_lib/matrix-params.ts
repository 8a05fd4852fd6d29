import { CLUSTERS } from "@/lib/domain";
import { MATRIX_LIMIT_MAX, type MatrixApiParams } from "@/lib/matrix-api";
import { parseChoice, parseCode, parseCodeList, parseDateParam, parsePositiveInt, unknownParams, type Parsed } from "@/lib/params";
import * as cached from "@/db/cached";

export type MatrixParams = Pick<MatrixApiParams, "asOf" | "actors" | "cluster" | "lang">;

const BASE = ["asOf", "actors", "cluster", "lang"] as const;
const API_ONLY = ["issues", "evidence", "limit", "cursor"] as const;

type Raw = string | string[] | undefined;
const reader = (sp: URLSearchParams) => (k: string): Raw => (sp.getAll(k).length > 1 ? sp.getAll(k) : sp.get(k) ?? undefined);

/**
 * asOf (YYYY-MM-DD, default today), actors (comma-separated codes), cluster, lang (en or ko: ko adds the Korean
 * texts next to the English ones; codes and slugs stay). Anything else is a 400. The CSV and spreadsheet forms.
 */
export async function parseMatrixParams(url: URL): Promise<Parsed<MatrixParams>> {
  const extra = unknownParams(url.searchParams.keys(), BASE);
  if (extra) return { ok: false, error: extra };
  return parseBase(reader(url.searchParams));
}

async function parseBase(many: (k: string) => Raw): Promise<Parsed<MatrixParams>> {
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

/**
 * `GET /api/v1/matrix`: the parameters above, and issues (comma-separated slugs), evidence (true, the default, or
 * false: counts instead of the evidence), limit (issues per page, 1 to MATRIX_LIMIT_MAX) and cursor (an issue slug,
 * the `page.nextCursor` of the page before; only with limit). Lists are normalized (sorted, without duplicates) so
 * that the same selection is one cache entry.
 */
export async function parseMatrixApiParams(url: URL): Promise<Parsed<MatrixApiParams>> {
  const sp = url.searchParams;
  const extra = unknownParams(sp.keys(), [...BASE, ...API_ONLY]);
  if (extra) return { ok: false, error: extra };
  const many = reader(sp);
  const base = await parseBase(many);
  if (!base.ok) return base;
  const slugs = (await cached.listIssues()).map((i) => i.slug);
  const issues = parseCodeList("issues", many("issues"), slugs);
  if (!issues.ok) return issues;
  const evidence = parseChoice("evidence", many("evidence"), ["true", "false"]);
  if (!evidence.ok) return evidence;
  const limit = parsePositiveInt("limit", many("limit"));
  if (!limit.ok) return limit;
  if (limit.value !== undefined && limit.value > MATRIX_LIMIT_MAX)
    return { ok: false, error: `limit must be at most ${MATRIX_LIMIT_MAX} issues per page (got ${limit.value}).` };
  const cursor = parseCode("cursor", many("cursor"), slugs);
  if (!cursor.ok)
    return Array.isArray(many("cursor")) ? cursor : { ok: false, error: "cursor must be the page.nextCursor of an earlier answer (an issue slug); this one is not." };
  if (cursor.value !== undefined && limit.value === undefined) return { ok: false, error: "cursor pages the answer: give limit with it." };
  return {
    ok: true,
    value: {
      ...base.value,
      ...(base.value.actors && { actors: [...base.value.actors].sort() }),
      ...(issues.value && { issues: [...issues.value].sort() }),
      ...(evidence.value === "false" && { evidence: false }),
      ...(limit.value !== undefined && { limit: limit.value }),
      ...(cursor.value !== undefined && { cursor: cursor.value }),
    },
  };
}
