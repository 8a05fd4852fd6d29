import "server-only";
import { reviewRequired } from "@/db/mutations/drafts";
import type { FormValues } from "@/lib/admin/forms";

/**
 * Whether a submitted stance or event form becomes a draft: always when an admin requires review (the publish
 * button is then not offered, and a forged "publish" is ignored), otherwise when the editor chose "Save as draft".
 */
export function asDraft(values: FormValues): boolean {
  return reviewRequired() || values.intent === "draft";
}
