/**
 * The audit log's filters, read from the URL: user, entity type, entity id, action, a date range and the page.
 * Pure; every value is bounded (known choices, whole numbers, real dates), so nothing from the query reaches SQL
 * except as a bound parameter of a known column.
 */
import { addDays } from "../dates";
import { parseChoice, parseDateParam, parsePositiveInt, type Parsed } from "../params";

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
  const user = parseChoice("user", get("user"), usernames);
  const entity = parseChoice("entity", get("entity"), AUDIT_ENTITY_TYPES);
  const id = parsePositiveInt("id", get("id"));
  const action = parseChoice("action", get("action"), AUDIT_ACTIONS);
  const from = get("from") ? parseDateParam("from", get("from")) : ({ ok: true, value: undefined } as const);
  const to = get("to") ? parseDateParam("to", get("to")) : ({ ok: true, value: undefined } as const);
  const page = parsePositiveInt("page", get("page"));
  const errors = [user, entity, id, action, from, to, page].flatMap((p) => (p.ok ? [] : [p.error]));
  if (errors.length || !user.ok || !entity.ok || !id.ok || !action.ok || !from.ok || !to.ok || !page.ok) return { ok: false, error: errors.join(" ") };
  if (from.value && to.value && from.value > to.value) return { ok: false, error: "from must not be after to." };
  return {
    ok: true,
    value: { username: user.value, entityType: entity.value, entityId: id.value, action: action.value, from: from.value, to: to.value, page: page.value ?? 1 },
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
