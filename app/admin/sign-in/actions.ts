"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { createSession, findUserForSignIn, reserveSignInAttempt } from "@/db/auth";
import { dummyHash, verifyPassword } from "@/lib/auth/password";
import { SESSION_COOKIE, clientAddress } from "@/lib/auth/session";
import { fieldErrors, formDataToObject, type FormState } from "@/lib/admin/forms";
import { safeAdminPath, signInInput } from "@/lib/admin/schemas";
import { sessionCookieOptions } from "../_lib/auth";

const WRONG = "The username or password is not right, or the account is disabled.";

/**
 * Sign-in. Rate limited per username and per client address (when TRUST_PROXY makes the address known):
 * after 5 failures in 15 minutes the attempt is refused before any hashing. The message is the same for an
 * unknown user, a wrong password and a disabled account, and unknown users cost the same scrypt time.
 */
export async function signIn(_prev: FormState, fd: FormData): Promise<FormState> {
  const raw = formDataToObject(fd);
  const values = { username: typeof raw.username === "string" ? raw.username : "", next: raw.next };
  const parsed = signInInput.safeParse(raw);
  if (!parsed.success)
    return { status: "invalid", at: Date.now(), message: "Enter your username and password.", fieldErrors: fieldErrors(parsed.error), values };
  const { username, password, next } = parsed.data;
  const h = await headers();
  const address = clientAddress(h.get("x-forwarded-for"), process.env.TRUST_PROXY);
  const buckets = [`user:${username}`, ...(address ? [`ip:${address}`] : [])];
  const attempt = reserveSignInAttempt(buckets);
  if (!attempt.ok) {
    const n = attempt.retryAfterMinutes;
    return { status: "error", at: Date.now(), message: `Too many failed sign-in attempts. Try again in ${n} minute${n === 1 ? "" : "s"}.`, values };
  }
  const user = findUserForSignIn(username);
  const ok = await verifyPassword(password, user ? user.passwordHash : await dummyHash());
  if (!user || !ok || user.disabledAt) return { status: "error", at: Date.now(), message: WRONG, values };
  attempt.succeeded();
  const session = createSession(user.id, h.get("user-agent"));
  (await cookies()).set(SESSION_COOKIE, session.token, await sessionCookieOptions(session.expiresAt));
  redirect(safeAdminPath(typeof next === "string" ? next : undefined));
}
