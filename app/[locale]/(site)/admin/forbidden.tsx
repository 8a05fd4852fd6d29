import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/link";

/** 403: signed in, but the role does not allow this (e.g. an editor on the users page). */
export default async function Forbidden() {
  const t = await getTranslations("Admin");
  return (
    <div role="alert" className="mx-auto max-w-lg rounded-lg border border-amber-300 bg-amber-50 p-5 text-amber-950">
      <h1 className="text-lg font-semibold">{t("forbidden.title")}</h1>
      <p className="mt-1 text-sm">{t("forbidden.text")}</p>
      <Link href="/admin" className="mt-3 inline-block text-sm font-medium text-blue-800 underline">
        {t("forbidden.back")}
      </Link>
    </div>
  );
}
