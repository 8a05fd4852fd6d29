import "server-only";
/** Creating and editing issues with their five scale labels; the slug is fixed once created. */
import type Database from "better-sqlite3";
import type { IssueInput } from "../../lib/admin/schemas";
import { getDb } from "../client";
import { writeAudit } from "./log";
import { notFound, refusedOn, type AdminMessage, type Editor, type MutationResult, type Snapshot } from "./types";

export type IssueSnapshot = Snapshot & Omit<IssueInput, "version">;

export function issueSnapshot(db: Database.Database, id: number): IssueSnapshot | null {
  const row = db
    .prepare(
      `select slug, title, title_ko as titleKo, cluster, definition, definition_ko as definitionKo, display_order as displayOrder, version
       from issues where id = ?`,
    )
    .get(id) as Omit<IssueSnapshot, "scale" | "scaleKo"> | undefined;
  if (!row) return null;
  const labels = db.prepare("select label, label_ko as labelKo from scale_points where issue_id = ? order by value").all(id) as {
    label: string;
    labelKo: string | null;
  }[];
  return {
    ...row,
    scale: labels.map((l) => l.label) as IssueSnapshot["scale"],
    scaleKo: labels.map((l) => l.labelKo) as IssueSnapshot["scaleKo"],
  };
}

export function applyIssueSnapshot(db: Database.Database, id: number, s: Snapshot, _editor: Editor, now: string): void {
  const v = s as IssueSnapshot;
  db.prepare(
    `update issues set title = ?, title_ko = ?, cluster = ?, definition = ?, definition_ko = ?, display_order = ?, version = version + 1,
            updated_at = ? where id = ?`,
  ).run(v.title, v.titleKo ?? null, v.cluster, v.definition, v.definitionKo ?? null, v.displayOrder, now, id);
  const upsert = db.prepare(
    `insert into scale_points (issue_id, value, label, label_ko) values (?, ?, ?, ?)
     on conflict (issue_id, value) do update set label = excluded.label, label_ko = excluded.label_ko`,
  );
  v.scale.forEach((label, i) => upsert.run(id, i - 2, label, v.scaleKo?.[i] ?? null));
}

export function deleteIssueIfUnused(db: Database.Database, id: number): AdminMessage | null {
  if (db.prepare("select 1 from stances where issue_id = ? limit 1").get(id)) return { key: "issueHasStances" };
  db.prepare("delete from issues where id = ?").run(id);
  return null;
}

export function createIssue(input: IssueInput, editor: Editor, now = new Date().toISOString()): MutationResult {
  const db = getDb().$client;
  return db
    .transaction((): MutationResult => {
      if (db.prepare("select 1 from issues where slug = ?").get(input.slug))
        return refusedOn("slug", { key: "duplicateSlug", values: { slug: input.slug } });
      const id = Number(
        db
          .prepare(
            `insert into issues (slug, title, title_ko, cluster, definition, definition_ko, display_order, version, created_at, updated_at)
             values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
          )
          .run(input.slug, input.title, input.titleKo, input.cluster, input.definition, input.definitionKo, input.displayOrder, now, now)
          .lastInsertRowid,
      );
      const insert = db.prepare("insert into scale_points (issue_id, value, label, label_ko) values (?, ?, ?, ?)");
      input.scale.forEach((label, i) => insert.run(id, i - 2, label, input.scaleKo[i]));
      writeAudit(db, editor, { action: "create", entityType: "issue", entityId: id, before: null, after: issueSnapshot(db, id), summary: `Added issue ${input.slug}` }, now);
      return { status: "ok", id, message: { key: "issueAdded", values: { title: input.title } } };
    })
    .immediate();
}

export function updateIssue(slug: string, input: IssueInput, editor: Editor, now = new Date().toISOString()): MutationResult {
  const db = getDb().$client;
  return db
    .transaction((): MutationResult => {
      const row = db.prepare("select id from issues where slug = ?").get(slug) as { id: number } | undefined;
      if (!row) return notFound("issue");
      const before = issueSnapshot(db, row.id)!;
      if (before.version !== input.version)
        return { status: "conflict", message: { key: "savedSince", values: { entity: "issue" } }, current: before };
      applyIssueSnapshot(db, row.id, { ...input, slug } as IssueSnapshot, editor, now);
      writeAudit(db, editor, { action: "update", entityType: "issue", entityId: row.id, before, after: issueSnapshot(db, row.id), summary: `Edited issue ${slug}` }, now);
      return { status: "ok", id: row.id, message: { key: "issueSaved", values: { title: input.title } } };
    })
    .immediate();
}
