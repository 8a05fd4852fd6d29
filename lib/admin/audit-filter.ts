/**
 * The audit log's filters, read from the URL: user, entity type, entity id, action, a date range and the page.
 * Pure; every value is bounded (known choices, whole numbers, real dates), so nothing from the query reaches SQL
 * except as a bound parameter of a known column.
 */
import { addDays } from "../dates";
import { fail, parseAll, parseChoice, parseDateParam, parsePositiveInt, type Parsed } from "../params";

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_ENTITY_TYPES = ["stance", "actor", "issue", "event", "user"] as const;
export const AUDIT_ACTIONS = ["create", "update", "delete", "revert", "disable", "enable", "reset-password", "change-password"] as const;

export type AuditFilter = {
  username?: string;
  entityType?: string;
  entityId?: number;
  action?: string;
  /** Inclusive dates (YYYY-MM-DD, UTC). */
  from?: string;
  to?: string;
  page: number;
};

type Raw = string | string[] | undefined;

/** Parses the filter; `usernames` are the known authors of audit rows (a user filter must name one of them). */
export function parseAuditFilter(get: (name: string) => Raw, usernames: readonly string[]): Parsed<AuditFilter> {
  const noDate: Parsed<string | undefined> = { ok: true, value: undefined };
  const parsed = parseAll({
    user: parseChoice("user", get("user"), usernames),
    entity: parseChoice("entity", get("entity"), AUDIT_ENTITY_TYPES),
    id: parsePositiveInt("id", get("id")),
    action: parseChoice("action", get("action"), AUDIT_ACTIONS),
    from: get("from") ? parseDateParam("from", get("from")) : noDate,
    to: get("to") ? parseDateParam("to", get("to")) : noDate,
    page: parsePositiveInt("page", get("page")),
  });
  if (!parsed.ok) return parsed;
  const { user, entity, id, action, from, to, page } = parsed.value;
  if (from && to && from > to) return fail("from must not be after to.", "windowOrder", { from, to });
  return {
    ok: true,
    value: { username: user, entityType: entity, entityId: id, action, from, to, page: page ?? 1 },
  };
}

/** The filter as a query string (page 1 left out), for links that keep it. */
export function auditQuery(f: AuditFilter, page = f.page): string {
  const q = new URLSearchParams();
  if (f.username) q.set("user", f.username);
  if (f.entityType) q.set("entity", f.entityType);
  if (f.entityId) q.set("id", String(f.entityId));
  if (f.action) q.set("action", f.action);
  if (f.from) q.set("from", f.from);
  if (f.to) q.set("to", f.to);
  if (page > 1) q.set("page", String(page));
  return q.toString();
}

/** The SQL bounds of the date range on the `at` timestamps (ISO, UTC): from <= at < the day after `to`. */
export function auditTimeBounds(f: Pick<AuditFilter, "from" | "to">): { atFrom?: string; atBefore?: string } {
  return { atFrom: f.from, atBefore: f.to ? addDays(f.to, 1) : undefined };
}
