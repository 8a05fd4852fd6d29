import "server-only";
/**
 * The admin area's guards. Every admin page, route and server action calls requireEditor() or requireAdmin()
 * as its first statement: the check lives with the code that reads or writes, never only in a layout or proxy.
 * (A Server Action is a POST endpoint anyone can call, with or without an Origin header.)
 */
import { cookies, headers } from "next/headers";
import { forbidden } from "next/navigation";
import { redirectHere } from "./redirect";
import { cache } from "react";
import { validateSession, type CurrentSession, type SessionUser } from "@/db/auth";
import { SESSION_COOKIE, cookieSecure } from "@/lib/auth/session";

/** The session of this request, or null. Cached per request. */
export const currentSession = cache(async (): Promise<CurrentSession | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return validateSession(token);
});

/** Signed in as editor or admin, else off to the sign-in page. */
export async function requireEditor(): Promise<SessionUser & { sessionId: number }> {
  const session = await currentSession();
  if (!session) return redirectHere("/admin/sign-in");
  return { ...session.user, sessionId: session.sessionId };
}

/** Signed in as admin; an editor gets 403 Forbidden. */
export async function requireAdmin(): Promise<SessionUser & { sessionId: number }> {
  const user = await requireEditor();
  if (user.role !== "admin") forbidden();
  return user;
}

export async function sessionCookieOptions(expires: Date) {
  const h = await headers();
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: cookieSecure(process.env, h.get("x-forwarded-proto")),
    expires,
  };
}
