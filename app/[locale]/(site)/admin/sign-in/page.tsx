import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { redirectHere } from "@/app/[locale]/(site)/admin/_lib/redirect";
import { safeAdminPath } from "@/lib/admin/schemas";
import { currentSession } from "../_lib/auth";
import { SignInForm } from "./SignInForm";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminPages" });
  return { title: t("signIn.meta"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  await pageLocale(params);
  const t = await getTranslations("AdminPages");
  const sp = await searchParams;
  const next = typeof sp.next === "string" ? safeAdminPath(sp.next) : undefined;
  if (await currentSession()) return redirectHere(next ?? "/admin");
  return (
    <div className="mx-auto max-w-sm rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-xl font-semibold tracking-tight">{t("signIn.title")}</h1>
      <p className="mt-1 mb-4 text-sm text-slate-600">
        {t("signIn.intro")}
      </p>
      <SignInForm next={next} />
    </div>
  );
}
