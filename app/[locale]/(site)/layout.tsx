import { getTranslations } from "next-intl/server";
import { LanguageOffer } from "@/components/ui/LanguageOffer";
import { SiteHeader } from "@/components/ui/SiteHeader";
import { UrlForms } from "@/components/ui/UrlForms";
import { Link } from "@/i18n/link";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { routing } from "@/i18n/routing";

/** The site's chrome around every view and the admin area: skip link, header (with the language switch), footer. */
export default async function SiteLayout({ children, params }: { children: React.ReactNode; params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations("Layout");
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("skip")}
      </a>
      {locale === routing.defaultLocale ? (
        <LanguageOffer texts={{ label: t("offer.label"), text: t("offer.text"), accept: t("offer.accept"), decline: t("offer.decline") }} />
      ) : null}
      <SiteHeader />
      <UrlForms />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
      <footer className="no-print mx-auto max-w-7xl px-4 pb-8 pt-4 text-xs text-slate-500">
        {t("footer")}{" "}
        <Link href="/methodology" prefetch={false} className="text-blue-800 underline">
          {t("methodologyLink")}
        </Link>
      </footer>
    </>
  );
}
