"use server";
import { getTranslations } from "next-intl/server";
import { applyImport, planImport } from "@/db/mutations/import";
import type { ImportState } from "@/lib/import/types";
import { reviewRequired } from "@/db/mutations/drafts";
import { getDb } from "@/db/client";
import { bound, boundOk } from "@/lib/admin/forms";
import { IMPORT_LIMITS, readSpreadsheet } from "@/lib/import/read";
import { requireEditor } from "../_lib/auth";
import { dataChanged } from "../_lib/invalidate";
import { CACHE_TAGS } from "@/db/cache-tags";
import { adminMessages, rowProblems } from "../_lib/messages";
import { diffLabels } from "../_lib/diff-labels";
import { josa } from "@/lib/i18n/josa";

const MAX_SHOWN = 500;

/** Dry run: reads the file, plans the import, keeps the file for "Apply"; writes no stance. */
export async function previewImportAction(_prev: ImportState, fd: FormData): Promise<ImportState> {
  const editor = await requireEditor();
  const t = await getTranslations("AdminPages");
  const file = fd.get("file");
  const at = Date.now();
  if (!(file instanceof File) || file.size === 0) return { status: "error", at, message: t("import.chooseFile") };
  if (file.size > IMPORT_LIMITS.bytes)
    return { status: "error", at, message: t("import.tooBig", { size: Math.round(file.size / 1e5) / 10, max: IMPORT_LIMITS.bytes / 1e6 }) };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const read = await readSpreadsheet(bytes);
  if (!read.ok) return { status: "error", at, message: (await adminMessages())(read.error) };
  const plan = planImport(read.rows);
  const problem = await rowProblems();
  const label = await diffLabels();
  const filename = file.name.slice(0, 200);
  const db = getDb().$client;
  const now = new Date().toISOString();
  // Keep this upload for "Apply"; earlier unapplied uploads of this editor and anything older than a day go.
  db.prepare("delete from import_uploads where (uploaded_by = ? and applied_batch is null) or created_at < ?").run(editor.id, new Date(Date.now() - 86_400_000).toISOString());
  const uploadId = Number(
    db.prepare("insert into import_uploads (filename, bytes, uploaded_by, created_at) values (?, ?, ?, ?)").run(filename, Buffer.from(bytes), editor.id, now).lastInsertRowid,
  );
  return {
    status: "preview",
    at,
    uploadId,
    filename,
    plan: {
      counts: plan.counts,
      items: plan.items
        .filter((i) => i.action !== "unchanged")
        .slice(0, MAX_SHOWN)
        .map(({ action, rows, series, validFrom, changes }) => ({ action, rows, series, validFrom, changes: changes.map(label) })),
      errors: plan.errors.slice(0, MAX_SHOWN).map((e) => ({ row: e.row, column: e.column, message: problem(e.problem) })),
    },
    ignoredColumns: read.ignoredColumns.slice(0, 20),
    reviewRequired: reviewRequired(),
  };
}

/** Apply: the file kept by the dry run, read and checked again, written in one transaction (or nothing). */
export async function applyImportAction(uploadId: number, _prev: ImportState, fd: FormData): Promise<ImportState> {
  const editor = await requireEditor();
  const t = await getTranslations("AdminPages");
  const at = Date.now();
  if (!boundOk([bound.id, uploadId])) return { status: "error", at, message: t("import.outOfDate") };
  const db = getDb().$client;
  const upload = db.prepare("select bytes, uploaded_by as by, applied_batch as applied from import_uploads where id = ?").get(uploadId) as
    | { bytes: Buffer; by: number; applied: string | null }
    | undefined;
  if (!upload || upload.by !== editor.id) return { status: "error", at, message: t("import.gone") };
  if (upload.applied) return { status: "error", at, message: t("import.already", { batch: upload.applied }) };
  const read = await readSpreadsheet(new Uint8Array(upload.bytes));
  const text = await adminMessages();
  if (!read.ok) return { status: "error", at, message: text(read.error) };
  const r = applyImport(read.rows, editor, { asDrafts: fd.get("intent") === "draft" });
  if (r.status !== "ok") return { status: "error", at, message: [r.message, ...r.details].map(text).join(" ") };
  db.prepare("update import_uploads set applied_batch = ? where id = ?").run(r.batch, uploadId);
  if (!r.drafts) dataChanged(CACHE_TAGS.stances);
  const counts = { created: r.created, corrected: r.corrected };
  const what = r.created + r.corrected === 1 ? t("import.whatOne", counts) : t("import.whatMany", counts);
  return {
    status: "applied",
    at,
    batch: r.batch,
    message: josa(r.drafts ? t("import.appliedDrafts", { what, batch: r.batch }) : t("import.applied", { what, batch: r.batch })),
  };
}
