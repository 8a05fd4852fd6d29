import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/link";
/**
 * 401 (never raised today: admin pages redirect to sign-in). Defined so that every page's inline payload carries
 * this short boundary instead of Next's default one with its inline styles (about 1.5 KB per page).
 */
export default async function Unauthorized() {
  const t = await getTranslations("Admin");
  return (
    <div role="alert" className="mx-auto max-w-lg rounded-lg border border-amber-300 bg-amber-50 p-5 text-amber-950">
      <h1 className="text-lg font-semibold">{t("unauthorized.title")}</h1>
      <p className="mt-1 text-sm">
        {t.rich("unauthorized.text", {
          link: (chunks) => (
            <Link href="/admin/sign-in" className="text-blue-800 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </div>
  );
}
