import "server-only";
import type { Statement } from "better-sqlite3";
import type { AppLocale } from "../../lib/i18n/paths";
import type { StanceDto } from "../../lib/dto";
import { getDb } from "../client";

/*
 * The hot read paths (every matrix, comparison and timeline view) run on better-sqlite3 statements prepared
 * once per connection, in raw (array) mode, with actor and issue codes mapped in JavaScript: at 30 actors x
 * 200 issues x 20 snapshots this is several times cheaper than one object per row through the query builder.
 * The SQL stays portable (PostgreSQL has every construct used here).
 */
type Client = ReturnType<typeof getDb>["$client"];
const statements = new WeakMap<Client, Map<string, Statement>>();

function prepared(sqlText: string): Statement {
  const client = getDb().$client;
  let cache = statements.get(client);
  if (!cache) statements.set(client, (cache = new Map()));
  let stmt = cache.get(sqlText);
  if (!stmt) {
    stmt = client.prepare(sqlText).raw(true);
    cache.set(sqlText, stmt);
  }
  return stmt;
}

type Ref = { code: string; order: number };

/** Actor and issue codes by id (a few hundred rows at most), to resolve ids without a string per row. */
function references(): { actors: Map<number, Ref>; issues: Map<number, Ref> } {
  const actors = new Map<number, Ref>();
  const issues = new Map<number, Ref>();
  for (const [id, code, order] of prepared("select id, code, display_order from actors").all() as [number, string, number][])
    actors.set(id, { code, order });
  for (const [id, slug, order] of prepared("select id, slug, display_order from issues").all() as [number, string, number][])
    issues.set(id, { code: slug, order });
  return { actors, issues };
}

/** Texts in the reader's language: Korean where it is stored, else the English (the fallback). */
const text = (lang: AppLocale, column: string) => (lang === "ko" ? `coalesce(${column}_ko, ${column})` : column);

const stanceColumns = (lang: AppLocale) => `s.id, s.actor_id, s.issue_id, s.counterpart_id, s.position, s.salience, s.confidence,
  ${text(lang, "s.summary")}, s.valid_from, s.valid_until, s.version, (select count(*) from evidence e where e.stance_id = s.id),
  ${text(lang, "s.note")}, (select u.username from users u where u.id = s.created_by), s.reviewed_at,
  (select u.username from users u where u.id = s.reviewed_by)`;

type RawStance = [number, number, number, number | null, number | null, number, StanceDto["confidence"], string, string, string | null, number, number, string | null, string | null, string | null, string | null];

/**
 * Rows to DTOs (with empty evidence lists) in display order: actor, issue, counterpart, then valid_from. Built
 * once, sorted through an index array with numeric keys: large results are dominated by allocation and GC.
 */
function toStances(raw: RawStance[]): StanceDto[] {
  const refs = references();
  const n = raw.length;
  const out: StanceDto[] = new Array(n);
  const key = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const [id, actorId, issueId, counterpartId, position, salience, confidence, summary, validFrom, validUntil, version, evidenceCount, note, codedBy, reviewedAt, reviewedBy] = raw[k];
    const a = refs.actors.get(actorId)!;
    const i = refs.issues.get(issueId)!;
    const c = counterpartId === null ? null : refs.actors.get(counterpartId)!;
    out[k] = { id, actor: a.code, issue: i.code, counterpart: c ? c.code : null, position, salience, confidence, summary, note, validFrom, validUntil, version, evidenceCount, codedBy, reviewedAt, reviewedBy, evidence: [] };
    // display orders are small integers; the day number keeps a series oldest first
    key[k] = ((a.order * 4096 + i.order) * 4096 + (c ? c.order + 1 : 0)) * 65536 + Date.parse(validFrom) / 86_400_000;
  }
  const order = Array.from({ length: n }, (_, k) => k).sort((x, y) => key[x] - key[y]);
  return order.map((k) => out[k]);
}

/** The id of the latest stance of a series with valid_from <= @asOf: one backward seek on stances_series_uq. */
const latest = (actorId: string, issueId: string, counterpart: string) => `(
  select n.id from stances n
  where n.actor_id = ${actorId} and n.issue_id = ${issueId} and coalesce(n.counterpart_id, 0) = ${counterpart}
    and n.valid_from <= @asOf
  order by n.valid_from desc limit 1)`;

function asOfSql(filter: { actor?: string; issue?: string }, lang: AppLocale = "en"): string {
  const actorIn = (col: string) => (filter.actor ? `and ${col} in (select id from actors where code = @actor)` : "");
  const issueIn = (col: string) => (filter.issue ? `and ${col} in (select id from issues where slug = @issue)` : "");
  return `
    with cur(id) as materialized (
      select ${latest("sa.id", "si.id", "0")}
      from actors sa cross join issues si
      where 1 = 1 ${actorIn("sa.id")} ${issueIn("si.id")}
      union all
      select ${latest("d.actor_id", "d.issue_id", "coalesce(d.counterpart_id, 0)")}
      from (select distinct actor_id, issue_id, counterpart_id from stances where counterpart_id is not null) d
      where 1 = 1 ${actorIn("d.actor_id")} ${issueIn("d.issue_id")}
    )
    select ${stanceColumns(lang)}
    from cur cross join stances s
    where s.id = cur.id and (s.valid_until is null or s.valid_until >= @asOf)`;
}

/**
 * Every stance in force on `asOf`: per series, the latest stance with valid_from <= asOf, unless its explicit
 * end has passed. Driven by the series (actors x issues, plus the few directed series found through the partial
 * index stances_directed_idx), with one backward seek per series on stances_series_uq that also yields the row
 * id: the cost grows with actors x issues, not with the length of history. Portable SQL: a correlated subquery
 * with ORDER BY .. LIMIT 1 and a MATERIALIZED CTE (SQLite 3.35+, PostgreSQL 12+). `evidence: false` leaves the
 * evidence lists empty, for views that show only positions. `lang: "ko"` gives the Korean texts where stored.
 */
export function stancesAsOf(asOf: string, filter: StanceFilter = {}): StanceDto[] {
  const params: Record<string, string> = { asOf };
  if (filter.actor) params.actor = filter.actor;
  if (filter.issue) params.issue = filter.issue;
  const lang = filter.lang ?? "en";
  const rows = toStances(prepared(asOfSql(filter, lang)).all(params) as RawStance[]);
  return filter.evidence === false ? rows : withEvidence(rows, lang);
}

export type StanceFilter = { actor?: string; issue?: string; evidence?: boolean; lang?: AppLocale };

/**
 * The whole history of stances, optionally of one issue or one actor, oldest first within each series.
 * `evidence: false` skips the evidence (empty lists): a divergence timeline needs only positions and dates.
 */
export function stanceHistory(filter: StanceFilter = {}): StanceDto[] {
  const lang = filter.lang ?? "en";
  const params: Record<string, string> = {};
  let where = "";
  if (filter.actor) {
    params.actor = filter.actor;
    where += " and s.actor_id in (select id from actors where code = @actor)";
  }
  if (filter.issue) {
    params.issue = filter.issue;
    where += " and s.issue_id in (select id from issues where slug = @issue)";
  }
  const raw = prepared(`select ${stanceColumns(lang)} from stances s where 1 = 1${where}`).all(params) as RawStance[];
  const rows = toStances(raw);
  return filter.evidence === false ? rows : withEvidence(rows, lang);
}

/** One stance by id (with its evidence count, not the items), or null: the matrix tooltip's read. */
export function stanceById(id: number, lang: AppLocale = "en"): StanceDto | null {
  const raw = prepared(`select ${stanceColumns(lang)} from stances s where s.id = @id`).all({ id }) as RawStance[];
  return toStances(raw)[0] ?? null;
}

const EVIDENCE_CHUNK = 500;
const evidenceSql = (lang: AppLocale) => `
  select stance_id, title, publisher, published_on, url, ${text(lang, "paraphrase")}, quote, ${text(lang, "note")}
  from evidence where stance_id in (${Array.from({ length: EVIDENCE_CHUNK }, () => "?").join(", ")})
  order by stance_id, sort_order, id`;

type RawEvidence = [number, string, string, string, string | null, string, string | null, string | null];

/**
 * Attaches each stance's evidence (in sort order): one indexed query per 500 stances, a statement prepared once
 * with a fixed number of parameters (the last chunk is padded with ids that do not exist), well under any
 * database's bound-parameter limit.
 */
export function withEvidence(rows: StanceDto[], lang: AppLocale): StanceDto[] {
  const byId = new Map<number, StanceDto>();
  for (const r of rows) byId.set(r.id, r);
  const stmt = prepared(evidenceSql(lang));
  for (let i = 0; i < rows.length; i += EVIDENCE_CHUNK) {
    const ids = rows.slice(i, i + EVIDENCE_CHUNK).map((r) => r.id);
    while (ids.length < EVIDENCE_CHUNK) ids.push(-1);
    for (const [stanceId, title, publisher, date, url, paraphrase, quote, note] of stmt.all(ids) as RawEvidence[])
      byId.get(stanceId)!.evidence.push({ title, publisher, date, url, paraphrase, quote, note });
  }
  return rows;
}

/** The query plan of the as-of query and of the evidence lookup (EXPLAIN QUERY PLAN), for the benchmark report. */
export function explainAsOf(asOf: string): string[] {
  const client = getDb().$client;
  const plan = (sqlText: string, params: unknown) =>
    (client.prepare(`explain query plan ${sqlText}`).all(params) as { detail: string }[]).map((r) => r.detail);
  return [...plan(asOfSql({}), { asOf }), ...plan(evidenceSql("en"), Array.from({ length: EVIDENCE_CHUNK }, (_, k) => k))];
}
