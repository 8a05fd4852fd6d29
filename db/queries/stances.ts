import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../client";

export type EvidenceDto = {
  title: string;
  publisher: string;
  date: string;
  url: string | null;
  paraphrase: string;
  quote: string | null;
  note: string | null;
};

export type StanceDto = {
  id: number;
  actor: string;
  issue: string;
  counterpart: string | null;
  position: number | null;
  salience: number;
  confidence: "low" | "medium" | "high";
  summary: string;
  validFrom: string;
  validUntil: string | null;
  version: number;
  evidence: EvidenceDto[];
};

type StanceRow = Omit<StanceDto, "evidence">;

const STANCE_COLUMNS = sql`
  s.id as id, a.code as actor, i.slug as issue, c.code as counterpart, s.position as position,
  s.salience as salience, s.confidence as confidence, s.summary as summary, s.valid_from as validFrom,
  s.valid_until as validUntil, s.version as version`;

const STANCE_JOINS = sql`
  join actors a on a.id = s.actor_id
  join issues i on i.id = s.issue_id
  left join actors c on c.id = s.counterpart_id`;

/**
 * Every stance in force on `asOf`: the latest of its series with valid_from <= asOf, unless its explicit end
 * has passed. The NOT EXISTS probe is a seek on the stances_series_uq index.
 */
export function stancesAsOf(asOf: string, filter: { actor?: string; issue?: string } = {}): StanceDto[] {
  const rows = getDb().all<StanceRow>(sql`
    select ${STANCE_COLUMNS}
    from stances s ${STANCE_JOINS}
    where s.valid_from <= ${asOf}
      and (s.valid_until is null or s.valid_until >= ${asOf})
      ${filter.actor ? sql`and a.code = ${filter.actor}` : sql``}
      ${filter.issue ? sql`and i.slug = ${filter.issue}` : sql``}
      and not exists (
        select 1 from stances n
        where n.actor_id = s.actor_id and n.issue_id = s.issue_id
          and coalesce(n.counterpart_id, 0) = coalesce(s.counterpart_id, 0)
          and n.valid_from > s.valid_from and n.valid_from <= ${asOf})
    order by a.display_order, i.display_order, c.display_order`);
  return withEvidence(rows);
}

/** The whole history of stances, optionally of one issue or one actor, oldest first within each series. */
export function stanceHistory(filter: { actor?: string; issue?: string } = {}): StanceDto[] {
  const rows = getDb().all<StanceRow>(sql`
    select ${STANCE_COLUMNS}
    from stances s ${STANCE_JOINS}
    where 1 = 1
      ${filter.actor ? sql`and a.code = ${filter.actor}` : sql``}
      ${filter.issue ? sql`and i.slug = ${filter.issue}` : sql``}
    order by a.display_order, i.display_order, c.display_order, s.valid_from`);
  return withEvidence(rows);
}

function withEvidence(rows: StanceRow[]): StanceDto[] {
  const byStance = new Map<number, EvidenceDto[]>();
  const db = getDb();
  // Chunked IN lists keep well under any database's bound-parameter limit.
  for (let i = 0; i < rows.length; i += 500) {
    const ids = rows.slice(i, i + 500).map((r) => r.id);
    const items = db.all<EvidenceDto & { stanceId: number }>(sql`
      select stance_id as stanceId, title, publisher, published_on as date, url, paraphrase, quote, note
      from evidence where stance_id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})
      order by stance_id, sort_order, id`);
    for (const { stanceId, ...e } of items) {
      const list = byStance.get(stanceId) ?? [];
      list.push(e);
      byStance.set(stanceId, list);
    }
  }
  return rows.map((r) => ({ ...r, evidence: byStance.get(r.id) ?? [] }));
}
