import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/link";

export default async function NotFound() {
  const t = await getTranslations("NotFound");
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("text")}</p>
      <p className="mt-6">
        <Link href="/" className="text-blue-700 underline">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
