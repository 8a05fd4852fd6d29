import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/link";
import { ClientMessages } from "@/i18n/client";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { currentSession } from "./_lib/auth";
import { signOut } from "./session-actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin" });
  return { title: { default: t("metaTitle"), template: t("metaTemplate") }, robots: { index: false } };
}

/**
 * The admin frame: who is signed in, sign-out, the admin sections. It only decorates; every page below checks
 * the session and role itself. Its provider carries the catalogue namespaces of the admin forms (client leaves).
 */
export default async function AdminLayout({ children, params }: { children: React.ReactNode; params: LocaleParams }) {
  await pageLocale(params);
  const t = await getTranslations("Admin");
  const session = await currentSession();
  const links = [
    { href: "/admin", label: t("nav.stances") },
    { href: "/admin/actors", label: t("nav.actors") },
    { href: "/admin/issues", label: t("nav.issues") },
    { href: "/admin/events", label: t("nav.events") },
    { href: "/admin/review", label: t("nav.review") },
    { href: "/admin/import", label: t("nav.import") },
    { href: "/admin/audit", label: t("nav.audit") },
    ...(session?.user.role === "admin" ? [{ href: "/admin/users", label: t("nav.users") }] : []),
    { href: "/admin/account", label: t("nav.account") },
  ];
  const role = session?.user.role === "admin" ? t("role.admin") : t("role.editor");
  return (
    <div className="space-y-5">
      {session && (
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white px-3 py-2">
          <nav aria-label={t("nav.label")} className="-mx-1 flex flex-wrap text-sm">
            {links.map((l) => (
              <Link key={l.href} href={l.href} className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100 hover:text-slate-900">
                {l.label}
              </Link>
            ))}
          </nav>
          <form action={signOut} className="flex items-center gap-2 text-sm text-slate-700">
            <span>
              {t.rich("signedInAs", {
                username: session.user.username,
                role,
                b: (chunks) => <strong data-testid="signed-in-user" lang="en">{chunks}</strong>,
              })}
            </span>
            <span aria-hidden>·</span>
            <button type="submit" className="rounded border border-slate-400 px-2 py-1 font-medium hover:bg-slate-100">
              {t("signOut")}
            </button>
          </form>
        </div>
      )}
      <ClientMessages namespaces={["AdminForm", "StanceForm", "AdminClient"]}>{children}</ClientMessages>
    </div>
  );
}
