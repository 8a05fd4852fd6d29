import "server-only";
/** Reads for the admin area: what each admin view and edit form needs, with the versions for optimistic locking. */
import type { AppLocale } from "../../lib/i18n/paths";
import { getDb } from "../client";
import { isRevertible } from "../mutations/audit";
import { AUDIT_PAGE_SIZE, auditTimeBounds, type AuditFilter } from "../../lib/admin/audit-filter";
import { actorSnapshot, type ActorSnapshot } from "../mutations/actors";
import { eventSnapshot, type EventSnapshot } from "../mutations/events";
import { issueSnapshot, type IssueSnapshot } from "../mutations/issues";
import { stanceSnapshot, type StanceSnapshot } from "../mutations/stances";

export type AdminStanceRow = {
  id: number;
  actor: string;
  actorName: string;
  issue: string;
  issueTitle: string;
  cluster: string;
  counterpart: string | null;
  position: number | null;
  positionLabel: string | null;
  salience: number;
  confidence: string;
  validFrom: string;
  validUntil: string | null;
  updatedAt: string;
  nextFrom: string | null;
  /** The stance has no Korean summary yet (Korean pages show the English one). */
  missingKo: boolean;
};

/**
 * One row per series (actor, issue, counterpart): the stance in force on `today`, or where none is, the
 * series' latest stance; `nextFrom` names a later stance already recorded.
 */
export function adminStanceList(
  today: string,
  filter: { actor?: string; issue?: string; cluster?: string },
  lang: AppLocale = "en",
): AdminStanceRow[] {
  const ko = lang === "ko";
  const where: string[] = [];
  const params: unknown[] = [today, today, today];
  if (filter.actor) {
    where.push("a.code = ?");
    params.push(filter.actor);
  }
  if (filter.issue) {
    where.push("i.slug = ?");
    params.push(filter.issue);
  }
  if (filter.cluster) {
    where.push("i.cluster = ?");
    params.push(filter.cluster);
  }
  return getDb()
    .$client.prepare(
      `with ranked as (
         select s.*, row_number() over (
           partition by s.actor_id, s.issue_id, coalesce(s.counterpart_id, 0)
           order by case when s.valid_from <= ? then 0 else 1 end, case when s.valid_from <= ? then s.valid_from end desc, s.valid_from
         ) as rn,
         (select min(n.valid_from) from stances n where n.actor_id = s.actor_id and n.issue_id = s.issue_id
            and coalesce(n.counterpart_id, 0) = coalesce(s.counterpart_id, 0) and n.valid_from > ? and n.valid_from > s.valid_from) as nextFrom
         from stances s
       )
       select r.id, a.code as actor, ${ko ? "coalesce(a.short_name_ko, a.short_name)" : "a.short_name"} as actorName, i.slug as issue,
              ${ko ? "coalesce(i.title_ko, i.title)" : "i.title"} as issueTitle, i.cluster,
              c.code as counterpart, r.position, ${ko ? "coalesce(sp.label_ko, sp.label)" : "sp.label"} as positionLabel, r.salience,
              r.confidence, r.valid_from as validFrom, r.valid_until as validUntil, r.updated_at as updatedAt, r.nextFrom,
              (r.summary_ko is null or trim(r.summary_ko) = '') as missingKo
       from ranked r join actors a on a.id = r.actor_id join issues i on i.id = r.issue_id
       left join actors c on c.id = r.counterpart_id
       left join scale_points sp on sp.issue_id = r.issue_id and sp.value = r.position
       where r.rn = 1 ${where.length ? `and ${where.join(" and ")}` : ""}
       order by i.display_order, a.display_order, c.display_order`,
    )
    .all(...params)
    .map((r) => ({ ...(r as AdminStanceRow), missingKo: !!(r as { missingKo: number }).missingKo }));
}

/** What still lacks its Korean text: the admin home's translation counts. Stances: those in force `today` or later. */
export function missingTranslations(today: string): { stances: number; actors: number; issues: number; events: number; evidence: number } {
  const db = getDb().$client;
  const n = (sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { n: number }).n;
  const empty = (col: string) => `(${col} is null or trim(${col}) = '')`;
  return {
    stances: n(`select count(*) as n from stances where (valid_until is null or valid_until > ?) and ${empty("summary_ko")}`, today),
    actors: n(`select count(*) as n from actors where ${empty("short_name_ko")} or ${empty("name_ko")}`),
    issues: n(`select count(*) as n from issues where ${empty("title_ko")}`),
    events: n(`select count(*) as n from events where ${empty("title_ko")}`),
    evidence: n(
      `select count(*) as n from evidence e join stances s on s.id = e.stance_id
       where (s.valid_until is null or s.valid_until > ?) and ${empty("e.paraphrase_ko")}`,
      today,
    ),
  };
}

export type StanceEditData = {
  id: number;
  stance: StanceSnapshot;
  actorName: string;
  issueTitle: string;
  counterpartName: string | null;
  scale: string[];
  history: { id: number; validFrom: string; validUntil: string | null; position: number | null }[];
};

export function stanceForEdit(id: number, lang: AppLocale = "en"): StanceEditData | null {
  const ko = lang === "ko";
  const db = getDb().$client;
  const stance = stanceSnapshot(db, id);
  if (!stance) return null;
  const meta = db
    .prepare(
      `select s.actor_id as actorId, s.issue_id as issueId, s.counterpart_id as counterpartId,
              ${ko ? "coalesce(a.name_ko, a.name)" : "a.name"} as actorName, ${ko ? "coalesce(i.title_ko, i.title)" : "i.title"} as issueTitle,
              ${ko ? "coalesce(c.name_ko, c.name)" : "c.name"} as counterpartName
       from stances s join actors a on a.id = s.actor_id join issues i on i.id = s.issue_id
       left join actors c on c.id = s.counterpart_id where s.id = ?`,
    )
    .get(id) as { actorId: number; issueId: number; counterpartId: number | null; actorName: string; issueTitle: string; counterpartName: string | null };
  const scale = (
    db.prepare(`select ${ko ? "coalesce(label_ko, label)" : "label"} as label from scale_points where issue_id = ? order by value`).all(meta.issueId) as {
      label: string;
    }[]
  ).map((r) => r.label);
  const history = db
    .prepare(
      `select id, valid_from as validFrom, valid_until as validUntil, position from stances
       where actor_id = ? and issue_id = ? and coalesce(counterpart_id, 0) = ? order by valid_from`,
    )
    .all(meta.actorId, meta.issueId, meta.counterpartId ?? 0) as StanceEditData["history"];
  return { id, stance, actorName: meta.actorName, issueTitle: meta.issueTitle, counterpartName: meta.counterpartName, scale, history };
}

export type AdminActor = ActorSnapshot & { id: number; stanceCount: number };

export function adminActors(): AdminActor[] {
  const db = getDb().$client;
  const rows = db.prepare("select id from actors order by display_order, code").all() as { id: number }[];
  return rows.map(({ id }) => ({
    id,
    ...actorSnapshot(db, id)!,
    stanceCount: (db.prepare("select count(*) as n from stances where actor_id = ?").get(id) as { n: number }).n,
  }));
}

export function actorForEdit(code: string): (ActorSnapshot & { id: number }) | null {
  const db = getDb().$client;
  const row = db.prepare("select id from actors where code = ?").get(code) as { id: number } | undefined;
  return row ? { id: row.id, ...actorSnapshot(db, row.id)! } : null;
}

export function adminIssues(): (IssueSnapshot & { id: number })[] {
  const db = getDb().$client;
  const rows = db.prepare("select id from issues order by display_order, slug").all() as { id: number }[];
  return rows.map(({ id }) => ({ id, ...issueSnapshot(db, id)! }));
}

export function issueForEdit(slug: string): (IssueSnapshot & { id: number }) | null {
  const db = getDb().$client;
  const row = db.prepare("select id from issues where slug = ?").get(slug) as { id: number } | undefined;
  return row ? { id: row.id, ...issueSnapshot(db, row.id)! } : null;
}

export function adminEvents(): (EventSnapshot & { id: number })[] {
  const db = getDb().$client;
  const rows = db.prepare("select id from events order by date, id").all() as { id: number }[];
  return rows.map(({ id }) => ({ id, ...eventSnapshot(db, id)! }));
}

export function eventForEdit(id: number): (EventSnapshot & { id: number }) | null {
  const s = eventSnapshot(getDb().$client, id);
  return s ? { id, ...s } : null;
}

export type AdminUser = { id: number; username: string; role: "admin" | "editor"; disabledAt: string | null; createdAt: string; version: number; activeSessions: number };

export function adminUsers(now = new Date().toISOString()): AdminUser[] {
  return getDb()
    .$client.prepare(
      `select u.id, u.username, u.role, u.disabled_at as disabledAt, u.created_at as createdAt, u.version,
              (select count(*) from sessions s where s.user_id = u.id and s.revoked_at is null and s.expires_at > ?) as activeSessions
       from users u order by u.username`,
    )
    .all(now) as AdminUser[];
}

export type AuditView = {
  id: number;
  at: string;
  username: string;
  /** The second account that approved the change (review workflow), or null for a direct save. */
  reviewerUsername: string | null;
  action: string;
  entityType: string;
  entityId: number;
  summary: string;
  revertsId: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  revertible: boolean;
};

/** One page of the audit log, newest first, with the number of matching entries (filters: lib/admin/audit-filter.ts). */
export function auditPage(filter: AuditFilter): { entries: AuditView[]; total: number } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  if (filter.username) add("username = ?", filter.username);
  if (filter.entityType) add("entity_type = ?", filter.entityType);
  if (filter.entityId) add("entity_id = ?", filter.entityId);
  if (filter.action) add("action = ?", filter.action);
  const { atFrom, atBefore } = auditTimeBounds(filter);
  if (atFrom) add("at >= ?", atFrom);
  if (atBefore) add("at < ?", atBefore);
  const clause = where.length ? `where ${where.join(" and ")}` : "";
  const client = getDb().$client;
  const { total } = client.prepare(`select count(*) as total from audit_log ${clause}`).get(...params) as { total: number };
  const rows = client
    .prepare(
      `select id, at, username, reviewer_username as reviewerUsername, action, entity_type as entityType, entity_id as entityId, summary, reverts_id as revertsId, before, after
       from audit_log ${clause} order by id desc limit ? offset ?`,
    )
    .all(...params, AUDIT_PAGE_SIZE, (filter.page - 1) * AUDIT_PAGE_SIZE) as (Omit<AuditView, "before" | "after" | "revertible"> & { before: string | null; after: string | null })[];
  return {
    total,
    entries: rows.map((r) => ({
      ...r,
      before: r.before ? JSON.parse(r.before) : null,
      after: r.after ? JSON.parse(r.after) : null,
      revertible: isRevertible(r.entityType, r.action, r.after !== null),
    })),
  };
}

/** Everyone who has an entry in the audit log (the user filter's choices). */
export function auditUsernames(): string[] {
  return (getDb().$client.prepare("select distinct username from audit_log order by username").all() as { username: string }[]).map((r) => r.username);
}
