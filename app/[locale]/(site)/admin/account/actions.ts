"use server";
import { getTranslations } from "next-intl/server";
import { reserveSignInAttempt, getPasswordHash } from "@/db/auth";
import { setUserPassword } from "@/db/mutations/users";
import { HashBusyError } from "@/lib/auth/hash-gate";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { readForm, type FormState } from "@/lib/admin/forms";
import { refused, retryIn } from "../_lib/results";
import { localizedFieldErrors } from "../_lib/validation";
import { passwordChangeInput } from "@/lib/admin/schemas";
import { requireEditor } from "../_lib/auth";

/**
 * Change your own password: the current one is checked (and counts toward the sign-in rate limit); every other
 * session of yours ends, this one stays.
 */
export async function changeOwnPassword(_prev: FormState, fd: FormData): Promise<FormState> {
  const user = await requireEditor();
  const t = await getTranslations("AdminPages");
  const form = readForm(fd);
  if (!form.ok) return refused();
  const raw = form.values;
  const parsed = passwordChangeInput.safeParse(raw);
  const at = Date.now();
  if (!parsed.success)
    return { status: "invalid", at, message: t("account.invalid"), fieldErrors: await localizedFieldErrors(parsed.error), values: {} };
  const attempt = reserveSignInAttempt([`user:${user.username}`]);
  if (!attempt.ok) return { status: "error", at, message: t("account.tooMany", { wait: await retryIn(attempt.retryAfterSeconds) }), values: {} };
  const stored = getPasswordHash(user.id);
  let current: boolean;
  let nextHash: string;
  try {
    current = !!stored && (await verifyPassword(parsed.data.current, stored));
    if (!current)
      return { status: "invalid", at, message: t("account.notChanged"), fieldErrors: { current: [t("account.notCurrent")] }, values: {} };
    nextHash = await hashPassword(parsed.data.next);
  } catch (error) {
    if (!(error instanceof HashBusyError)) throw error;
    attempt.release();
    return { status: "error", at, message: t("account.busy"), values: {} };
  }
  attempt.succeeded();
  const r = setUserPassword(user.id, nextHash, user, { action: "change-password", keepSessionId: user.sessionId });
  if (r.status !== "ok") return { status: "error", at, message: t("account.failed"), values: {} };
  return { status: "saved", at, message: t("account.changed") };
}
