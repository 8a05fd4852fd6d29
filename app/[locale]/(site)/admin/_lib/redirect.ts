import "server-only";
import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { localizedPath, type AppLocale } from "@/lib/i18n/paths";

/** redirect() to an admin path in the language of the current request: "/admin/review" → "/ko/admin/review" in Korean. */
export async function redirectHere(path: string): Promise<never> {
  const locale = (await getLocale()) as AppLocale;
  redirect(localizedPath(locale, path));
}
