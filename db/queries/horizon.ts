import "server-only";
import { getDb } from "../client";

/**
 * The coding horizon: the newest date the coding reflects. The newest of the newest stance start, the newest
 * explicit stance end and the newest event (its start or end). One aggregate per source over indexed columns,
 * combined with max() in SQL (portable to PostgreSQL: greatest over a union of maxima).
 *
 * A recorded review also moves the horizon: a stance approved by a second coder on D (stances.reviewed_at, set by
 * the review workflow) means its coding was checked on D. Its date part is used (the column holds a timestamp).
 */
const HORIZON_SQL = `
  select max(d) from (
    select max(valid_from) as d from stances
    union all select max(valid_until) from stances
    union all select substr(max(reviewed_at), 1, 10) from stances
    union all select max(date) from events
    union all select max(end_date) from events
  ) newest`;

export function getCodingHorizon(): string | null {
  const row = getDb().$client.prepare(HORIZON_SQL).raw(true).get() as [string | null] | undefined;
  return row?.[0] ?? null;
}
