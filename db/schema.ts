/**
 * The Stance Atlas schema. Portable on purpose: plain tables, text ISO dates and timestamps, CHECK constraints
 * and expression indexes that PostgreSQL has too, nothing that only SQLite understands.
 */
import { sql } from "drizzle-orm";
import { blob, check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

const timestamps = {
  createdAt: text("created_at").notNull(),
  updatedAt: text("updated_at").notNull(),
};

export const actors = sqliteTable(
  "actors",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    code: text("code").notNull(),
    name: text("name").notNull(),
    shortName: text("short_name").notNull(),
    // Korean (null = not yet translated; English is the fallback). See README "Languages".
    nameKo: text("name_ko"),
    shortNameKo: text("short_name_ko"),
    color: text("color").notNull(),
    displayOrder: integer("display_order").notNull(),
    description: text("description").notNull().default(""),
    descriptionKo: text("description_ko"),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("actors_code_uq").on(t.code),
    check("actors_code_ck", sql`length(${t.code}) between 2 and 8`),
    check("actors_color_ck", sql`length(${t.color}) = 7 and substr(${t.color}, 1, 1) = '#'`),
  ],
);

export const issues = sqliteTable(
  "issues",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    cluster: text("cluster").notNull(),
    definition: text("definition").notNull(),
    titleKo: text("title_ko"),
    definitionKo: text("definition_ko"),
    displayOrder: integer("display_order").notNull(),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex("issues_slug_uq").on(t.slug), index("issues_cluster_idx").on(t.cluster, t.displayOrder)],
);

/** One row per labelled point of an issue's scale (-2..+2). */
export const scalePoints = sqliteTable(
  "scale_points",
  {
    issueId: integer("issue_id")
      .notNull()
      .references(() => issues.id, { onDelete: "cascade" }),
    value: integer("value").notNull(),
    label: text("label").notNull(),
    labelKo: text("label_ko"),
  },
  (t) => [primaryKey({ columns: [t.issueId, t.value] }), check("scale_points_value_ck", sql`${t.value} between -2 and 2`)],
);

/**
 * A stance holds from `valid_from` until the next stance of the same actor on the same issue (toward the same
 * counterpart), or through `valid_until` where the sources give an explicit end. History is never overwritten:
 * a change of position is a new row.
 */
export const stances = sqliteTable(
  "stances",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actorId: integer("actor_id")
      .notNull()
      .references(() => actors.id, { onDelete: "restrict" }),
    issueId: integer("issue_id")
      .notNull()
      .references(() => issues.id, { onDelete: "restrict" }),
    /** Directed stances only (summit diplomacy): the actor this stance is toward. */
    counterpartId: integer("counterpart_id").references(() => actors.id, { onDelete: "restrict" }),
    position: integer("position"),
    salience: integer("salience").notNull(),
    confidence: text("confidence", { enum: ["low", "medium", "high"] }).notNull(),
    summary: text("summary").notNull(),
    /** The coder's note: why a row is carried forward, what is inferred, why it is unsourced. */
    note: text("note"),
    summaryKo: text("summary_ko"),
    noteKo: text("note_ko"),
    validFrom: text("valid_from").notNull(),
    validUntil: text("valid_until"),
    version: integer("version").notNull().default(1),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
    /** When a second account last approved a change of this stance (review workflow), and who. */
    reviewedAt: text("reviewed_at"),
    reviewedBy: integer("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    // The as-of lookup: latest valid_from <= D per (actor, issue, counterpart) is an index seek. drizzle-kit
    // quotes the expression wrongly in SQLite DDL, so 0000_init.sql carries it as written by hand.
    uniqueIndex("stances_series_uq").on(t.actorId, t.issueId, sql`coalesce(${t.counterpartId}, 0)`, t.validFrom),
    index("stances_issue_idx").on(t.issueId, t.validFrom),
    // The few directed series (summit diplomacy), found without scanning the whole history: the as-of query
    // drives its seeks from actors x issues plus these.
    index("stances_directed_idx").on(t.actorId, t.issueId, t.counterpartId).where(sql`${t.counterpartId} is not null`),
    index("stances_valid_from_idx").on(t.validFrom),
    check("stances_position_ck", sql`${t.position} is null or ${t.position} between -2 and 2`),
    check("stances_salience_ck", sql`${t.salience} between 1 and 5`),
    check("stances_confidence_ck", sql`${t.confidence} in ('low', 'medium', 'high')`),
    check("stances_valid_ck", sql`${t.validUntil} is null or ${t.validUntil} >= ${t.validFrom}`),
    check("stances_counterpart_ck", sql`${t.counterpartId} is null or ${t.counterpartId} <> ${t.actorId}`),
  ],
);

export const evidence = sqliteTable(
  "evidence",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    stanceId: integer("stance_id")
      .notNull()
      .references(() => stances.id, { onDelete: "cascade" }),
    sortOrder: integer("sort_order").notNull().default(0),
    /** Key of the curated source list (FACTS.md section E), where the item comes from it. */
    sourceKey: text("source_key"),
    title: text("title").notNull(),
    publisher: text("publisher").notNull(),
    /** YYYY-MM-DD, or YYYY-MM / YYYY where the source gives no day. */
    publishedOn: text("published_on").notNull(),
    url: text("url"),
    paraphrase: text("paraphrase").notNull(),
    quote: text("quote"),
    note: text("note"),
    // Korean paraphrase and note; the quote stays in its original language.
    paraphraseKo: text("paraphrase_ko"),
    noteKo: text("note_ko"),
  },
  (t) => [
    index("evidence_stance_idx").on(t.stanceId, t.sortOrder),
    check("evidence_url_ck", sql`${t.url} is null or ${t.url} like 'http://%' or ${t.url} like 'https://%'`),
  ],
);

export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    key: text("key"),
    date: text("date").notNull(),
    endDate: text("end_date"),
    title: text("title").notNull(),
    description: text("description").notNull(),
    titleKo: text("title_ko"),
    descriptionKo: text("description_ko"),
    confidence: text("confidence", { enum: ["low", "medium", "high"] }).notNull().default("high"),
    sources: text("sources").notNull().default(""),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [index("events_date_idx").on(t.date), uniqueIndex("events_key_uq").on(t.key)],
);

export const eventActors = sqliteTable(
  "event_actors",
  {
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    actorId: integer("actor_id")
      .notNull()
      .references(() => actors.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.actorId] }), index("event_actors_actor_idx").on(t.actorId)],
);

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    username: text("username").notNull(),
    /** scrypt hash in PHC-like form: scrypt$N$r$p$salt$hash (base64url). */
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: ["admin", "editor"] }).notNull(),
    disabledAt: text("disabled_at"),
    passwordChangedAt: text("password_changed_at"),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex("users_username_uq").on(t.username), check("users_role_ck", sql`${t.role} in ('admin', 'editor')`)],
);

export const sessions = sqliteTable(
  "sessions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** SHA-256 of the random session token; the token itself only lives in the user's cookie. */
    tokenHash: text("token_hash").notNull(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: text("created_at").notNull(),
    lastSeenAt: text("last_seen_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    revokedAt: text("revoked_at"),
    userAgent: text("user_agent"),
  },
  (t) => [uniqueIndex("sessions_token_uq").on(t.tokenHash), index("sessions_user_idx").on(t.userId)],
);

/** Failed sign-ins, for rate limiting per username and per client address. */
export const loginAttempts = sqliteTable(
  "login_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** "user:<name>" or "ip:<address>". */
    bucket: text("bucket").notNull(),
    at: text("at").notNull(),
  },
  (t) => [index("login_attempts_bucket_idx").on(t.bucket, t.at)],
);

/** Append-only: written by the same transaction as the change it records. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: text("at").notNull(),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    username: text("username").notNull(),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: integer("entity_id").notNull(),
    /** JSON snapshots of the entity before and after (null for create / delete). */
    before: text("before"),
    after: text("after"),
    summary: text("summary").notNull(),
    /** Set when this row records the revert of another audit row. */
    revertsId: integer("reverts_id"),
    /** The second account that approved the change (review workflow); the coder is the row's user. */
    reviewerId: integer("reviewer_id").references(() => users.id, { onDelete: "set null" }),
    reviewerUsername: text("reviewer_username"),
    /** The spreadsheet import this change came from, if any. */
    importBatch: text("import_batch"),
  },
  (t) => [index("audit_log_at_idx").on(t.at), index("audit_log_entity_idx").on(t.entityType, t.entityId)],
);

export type Actor = typeof actors.$inferSelect;
export type Issue = typeof issues.$inferSelect;
export type Stance = typeof stances.$inferSelect;
export type Evidence = typeof evidence.$inferSelect;
export type Event = typeof events.$inferSelect;
export type User = typeof users.$inferSelect;

/**
 * A proposed change waiting for review: never read by the public views, the exports or the read API. Approval
 * applies it through the same mutation as a direct save (checking `base_version`), as one audited change that
 * names both the author and the reviewer.
 */
export const drafts = sqliteTable(
  "drafts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** stance-new (a new dated stance of a series), stance-correct, stance-create (first of a series), event-create, event-update. */
    kind: text("kind", { enum: ["stance-new", "stance-correct", "stance-create", "event-create", "event-update"] }).notNull(),
    /** The stance or event the draft changes (null for the creates). */
    targetId: integer("target_id"),
    /** The target's version when the draft was made: approval is refused as a conflict when it moved on. */
    baseVersion: integer("base_version"),
    /** The validated form input as JSON (plus the series for stance-create). */
    payload: text("payload").notNull(),
    summary: text("summary").notNull(),
    status: text("status", { enum: ["pending", "approved", "sent-back", "withdrawn"] }).notNull().default("pending"),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    authorUsername: text("author_username").notNull(),
    reviewerId: integer("reviewer_id").references(() => users.id, { onDelete: "set null" }),
    reviewerUsername: text("reviewer_username"),
    reviewComment: text("review_comment"),
    /** The import that created the draft, if any. */
    importBatch: text("import_batch"),
    createdAt: text("created_at").notNull(),
    decidedAt: text("decided_at"),
  },
  (t) => [
    index("drafts_status_idx").on(t.status, t.createdAt),
    check("drafts_status_ck", sql`${t.status} in ('pending', 'approved', 'sent-back', 'withdrawn')`),
  ],
);

/** Deployment settings changed by admins (e.g. whether changes need review). */
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: text("updated_at").notNull(),
});

/**
 * A spreadsheet uploaded for import, kept between the dry run and "Apply" (which re-reads and re-validates it).
 * Only the uploader applies it; old uploads are removed when new ones arrive.
 */
export const importUploads = sqliteTable("import_uploads", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  filename: text("filename").notNull(),
  bytes: blob("bytes", { mode: "buffer" }).notNull(),
  uploadedBy: integer("uploaded_by").references(() => users.id, { onDelete: "cascade" }),
  createdAt: text("created_at").notNull(),
  /** Set when applied: the batch id of its changes. */
  appliedBatch: text("applied_batch"),
});
