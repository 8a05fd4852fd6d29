"use server";
import { getTranslations } from "next-intl/server";
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
  const t = await getTranslations("AdminPages");
  if (r.status === "ok") {
    dataChanged();
    // db/mutations/audit.ts names the entity type in English ("the actor it created was removed"): said again here in the page's language.
    const m = /^Reverted entry #\d+: the (\w+) (it created was removed)?/.exec(r.message);
    const names: Record<string, string> = {
      stance: t("audit.entityName.stance"),
      actor: t("audit.entityName.actor"),
      issue: t("audit.entityName.issue"),
      event: t("audit.entityName.event"),
      user: t("audit.entityName.user"),
    };
    const what = (m && names[m[1]]) ?? m?.[1] ?? "";
    return { status: "saved", at, message: m?.[2] ? t("audit.revertedRemoved", { id: String(auditId), what }) : t("audit.revertedRestored", { id: String(auditId), what }) };
  }
  if (r.status === "invalid") return { status: "error", at, message: Object.values(r.fieldErrors).flat().join(" "), values: {} };
  return { status: "error", at, message: t("audit.notReverted", { reason: r.message }), values: {} };
}
