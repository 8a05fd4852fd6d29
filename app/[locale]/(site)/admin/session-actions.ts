"use server";
import { cookies } from "next/headers";
import { redirectHere } from "@/app/[locale]/(site)/admin/_lib/redirect";
import { revokeSession } from "@/db/auth";
import { SESSION_COOKIE } from "@/lib/auth/session";

/** Sign-out: revokes the session in the database (a copied cookie stops working too), then clears the cookie. */
export async function signOut(): Promise<void> {
  const jar = await cookies();
  revokeSession(jar.get(SESSION_COOKIE)?.value);
  jar.delete(SESSION_COOKIE);
  return redirectHere("/admin/sign-in");
}
