"use server";
import { getTranslations } from "next-intl/server";
import { revertAuditEntry } from "@/db/mutations/audit";
import { bound, boundOk, type FormState } from "@/lib/admin/forms";
import { refusedBound } from "../_lib/results";
import { requireAdmin } from "../_lib/auth";
import { dataChanged } from "../_lib/invalidate";
import { adminMessages } from "../_lib/messages";

/** Admin only: reverts one audited change as a new audited change; refused when the entity changed since. */
export async function revertEntry(auditId: number, _prev: FormState, _fd: FormData): Promise<FormState> {
  const admin = await requireAdmin();
  if (!boundOk([bound.id, auditId])) return refusedBound();
  void _fd;
  const r = revertAuditEntry(auditId, admin);
  const at = Date.now();
  const text = await adminMessages();
  if (r.status === "ok") {
    dataChanged();
    return { status: "saved", at, message: text(r.message) };
  }
  if (r.status === "invalid") return { status: "error", at, message: Object.values(r.fieldErrors).flat().map(text).join(" "), values: {} };
  const t = await getTranslations("AdminPages");
  return { status: "error", at, message: t("audit.notReverted", { reason: text(r.message) }), values: {} };
}
