"use server";
import { getTranslations } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { redirectHere } from "@/app/[locale]/(site)/admin/_lib/redirect";
import { createSession, findUserForSignIn, reserveSignInAttempt } from "@/db/auth";
import { HashBusyError } from "@/lib/auth/hash-gate";
import { dummyHash, verifyPassword } from "@/lib/auth/password";
import { SESSION_COOKIE, clientAddress } from "@/lib/auth/session";
import { readForm, type FormState } from "@/lib/admin/forms";
import { refused, retryIn } from "../_lib/results";
import { localizedFieldErrors } from "../_lib/validation";
import { safeAdminPath, signInInput } from "@/lib/admin/schemas";
import { sessionCookieOptions } from "../_lib/auth";

/**
 * Sign-in. Throttled per username and per client address (when TRUST_PROXY makes the address known): after a
 * few failures each attempt must wait a growing delay (at most a minute) and is refused before any hashing.
 * Hashing itself is bounded process-wide (lib/auth/password.ts): beyond it the answer is "busy", without
 * hashing. The message is the same for an unknown user, a wrong password and a disabled account, and unknown
 * users cost the same scrypt time.
 */
export async function signIn(_prev: FormState, fd: FormData): Promise<FormState> {
  const t = await getTranslations("AdminPages");
  const form = readForm(fd);
  if (!form.ok) return refused();
  const raw = form.values;
  const values = { username: typeof raw.username === "string" ? raw.username : "", next: raw.next };
  const parsed = signInInput.safeParse(raw);
  if (!parsed.success)
    return { status: "invalid", at: Date.now(), message: t("signIn.invalid"), fieldErrors: await localizedFieldErrors(parsed.error), values };
  const { username, password, next } = parsed.data;
  const h = await headers();
  const address = clientAddress(h.get("x-forwarded-for"), process.env.TRUST_PROXY);
  const buckets = [`user:${username}`, ...(address ? [`ip:${address}`] : [])];
  const attempt = reserveSignInAttempt(buckets);
  if (!attempt.ok)
    return { status: "error", at: Date.now(), message: t("signIn.tooMany", { wait: await retryIn(attempt.retryAfterSeconds) }), values };
  const user = findUserForSignIn(username);
  let ok: boolean;
  try {
    ok = await verifyPassword(password, user ? user.passwordHash : await dummyHash());
  } catch (error) {
    if (!(error instanceof HashBusyError)) throw error;
    attempt.release();
    return { status: "error", at: Date.now(), message: t("signIn.busy"), values };
  }
  if (!user || !ok || user.disabledAt) return { status: "error", at: Date.now(), message: t("signIn.wrong"), values };
  attempt.succeeded();
  const session = createSession(user.id, h.get("user-agent"));
  (await cookies()).set(SESSION_COOKIE, session.token, await sessionCookieOptions(session.expiresAt));
  return redirectHere(safeAdminPath(typeof next === "string" ? next : undefined));
}
