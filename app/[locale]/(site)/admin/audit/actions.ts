"use server";
import { revertAuditEntry } from "@/db/mutations/audit";
import { bound, boundOk, type FormState } from "@/lib/admin/forms";
import { refusedBound } from "../_lib/results";
import { requireAdmin } from "../_lib/auth";
import { dataChanged } from "../_lib/invalidate";

/** Admin only: reverts one audited change as a new audited change; refused when the entity changed since. */
export async function revertEntry(auditId: number, _prev: FormState, _fd: FormData): Promise<FormState> {
  const admin = await requireAdmin();
  if (!boundOk([bound.id, auditId])) return refusedBound();
  void _fd;
  const r = revertAuditEntry(auditId, admin);
  const at = Date.now();
  if (r.status === "ok") {
    dataChanged();
    return { status: "saved", at, message: r.message };
  }
  if (r.status === "invalid") return { status: "error", at, message: Object.values(r.fieldErrors).flat().join(" "), values: {} };
  return { status: "error", at, message: `Not reverted: ${r.message}`, values: {} };
}
