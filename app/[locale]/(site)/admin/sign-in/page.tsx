import type { Metadata } from "next";
import { redirectHere } from "@/app/[locale]/(site)/admin/_lib/redirect";
import { safeAdminPath } from "@/lib/admin/schemas";
import { currentSession } from "../_lib/auth";
import { SignInForm } from "./SignInForm";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const next = typeof sp.next === "string" ? safeAdminPath(sp.next) : undefined;
  if (await currentSession()) return redirectHere(next ?? "/admin");
  return (
    <div className="mx-auto max-w-sm rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-xl font-semibold tracking-tight">Sign in to edit</h1>
      <p className="mt-1 mb-4 text-sm text-slate-600">
        The dashboard and the read API are public. Editors and admins sign in here to change the data.
      </p>
      <SignInForm next={next} />
    </div>
  );
}
