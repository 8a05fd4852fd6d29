import type { Metadata } from "next";
import { Link } from "@/i18n/link";
import { currentSession } from "./_lib/auth";
import { signOut } from "./session-actions";

export const metadata: Metadata = { title: { default: "Admin", template: "%s · Admin · Stance Atlas" }, robots: { index: false } };

/**
 * The admin frame: who is signed in, sign-out, the admin sections. It only decorates; every page below checks
 * the session and role itself.
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const session = await currentSession();
  const links = [
    { href: "/admin", label: "Stances" },
    { href: "/admin/actors", label: "Actors" },
    { href: "/admin/issues", label: "Issues" },
    { href: "/admin/events", label: "Events" },
    { href: "/admin/review", label: "Review" },
    { href: "/admin/import", label: "Import" },
    { href: "/admin/audit", label: "Audit log" },
    ...(session?.user.role === "admin" ? [{ href: "/admin/users", label: "Users" }] : []),
    { href: "/admin/account", label: "My password" },
  ];
  return (
    <div className="space-y-5">
      {session && (
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white px-3 py-2">
          <nav aria-label="Admin" className="-mx-1 flex flex-wrap text-sm">
            {links.map((l) => (
              <Link key={l.href} href={l.href} className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100 hover:text-slate-900">
                {l.label}
              </Link>
            ))}
          </nav>
          <form action={signOut} className="flex items-center gap-2 text-sm text-slate-700">
            <span>
              Signed in as <strong data-testid="signed-in-user">{session.user.username}</strong> ({session.user.role})
            </span>
            <span aria-hidden>·</span>
            <button type="submit" className="rounded border border-slate-400 px-2 py-1 font-medium hover:bg-slate-100">
              Sign out
            </button>
          </form>
        </div>
      )}
      {children}
    </div>
  );
}
