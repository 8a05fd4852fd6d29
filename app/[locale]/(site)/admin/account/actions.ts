"use server";
import { reserveSignInAttempt, getPasswordHash } from "@/db/auth";
import { setUserPassword } from "@/db/mutations/users";
import { HashBusyError } from "@/lib/auth/hash-gate";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { retryMessage } from "@/lib/auth/session";
import { fieldErrors, readForm, type FormState } from "@/lib/admin/forms";
import { refused } from "../_lib/results";
import { passwordChangeInput } from "@/lib/admin/schemas";
import { requireEditor } from "../_lib/auth";

/**
 * Change your own password: the current one is checked (and counts toward the sign-in rate limit); every other
 * session of yours ends, this one stays.
 */
export async function changeOwnPassword(_prev: FormState, fd: FormData): Promise<FormState> {
  const user = await requireEditor();
  const form = readForm(fd);
  if (!form.ok) return refused();
  const raw = form.values;
  const parsed = passwordChangeInput.safeParse(raw);
  const at = Date.now();
  if (!parsed.success)
    return { status: "invalid", at, message: "Nothing was changed: please correct the fields marked below.", fieldErrors: fieldErrors(parsed.error), values: {} };
  const attempt = reserveSignInAttempt([`user:${user.username}`]);
  if (!attempt.ok) return { status: "error", at, message: `Too many failed attempts. ${retryMessage(attempt.retryAfterSeconds)}`, values: {} };
  const stored = getPasswordHash(user.id);
  let current: boolean;
  let nextHash: string;
  try {
    current = !!stored && (await verifyPassword(parsed.data.current, stored));
    if (!current)
      return { status: "invalid", at, message: "Nothing was changed.", fieldErrors: { current: ["That is not your current password."] }, values: {} };
    nextHash = await hashPassword(parsed.data.next);
  } catch (error) {
    if (!(error instanceof HashBusyError)) throw error;
    attempt.release();
    return { status: "error", at, message: "The server is busy; nothing was changed. Try again in a few seconds.", values: {} };
  }
  attempt.succeeded();
  const r = setUserPassword(user.id, nextHash, user, { action: "change-password", keepSessionId: user.sessionId });
  if (r.status !== "ok") return { status: "error", at, message: "The password could not be changed; reload and try again.", values: {} };
  return { status: "saved", at, message: "Your password was changed. Your other sessions have been signed out." };
}
