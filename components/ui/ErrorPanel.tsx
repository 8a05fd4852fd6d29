import { getLocale, getTranslations } from "next-intl/server";
import { localizeHref } from "@/lib/i18n/paths";

/** A 400-style message for bad URL parameters, shown instead of the view; the way back in the page's language. */
export async function ErrorPanel({ title, message, back }: { title?: string; message: string; back?: { href: string; label: string } }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("ErrorPanel")]);
  return (
    <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h2 className="font-semibold">{title ?? t("title")}</h2>
      <p className="mt-1 text-sm">{message}</p>
      {back && (
        <a href={localizeHref(locale, back.href)} className="mt-3 inline-block text-sm font-medium text-blue-800 underline">
          {back.label}
        </a>
      )}
    </div>
  );
}
