import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { Link } from "@/i18n/link";
import type { Locale } from "@/i18n/routing";
import { LanguageSwitch, PlainLanguageSwitch } from "./LanguageSwitch";
import { NavLinks, PlainNavLinks } from "./NavLinks";
import { NAV_ITEMS } from "./nav";

export async function SiteHeader() {
  const [t, locale] = await Promise.all([getTranslations("Nav"), getLocale() as Promise<Locale>]);
  const items = NAV_ITEMS.map((item) => ({ href: item.href, label: t(item.key) }));
  const other = locale === "ko" ? "en" : "ko";
  const switchLabel = { label: t(`switchTo.${other}`), hint: t("switchHint") };
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight text-slate-900">
          <span aria-hidden className="inline-block h-4 w-4 rounded-sm bg-gradient-to-r from-[#542788] via-[#f7f7f7] to-[#b35806] ring-1 ring-slate-300" />
          Stance Atlas
        </Link>
        <nav aria-label={t("label")} className="nav-row order-3 -mx-2 flex max-w-full flex-wrap text-sm md:order-2">
          <Suspense fallback={<PlainNavLinks items={items} locale={locale} />}>
            <NavLinks items={items} locale={locale} />
          </Suspense>
        </nav>
        <div className="order-2 ml-auto text-sm md:order-3">
          <Suspense fallback={<PlainLanguageSwitch other={other} {...switchLabel} />}>
            <LanguageSwitch other={other} {...switchLabel} />
          </Suspense>
        </div>
      </div>
    </header>
  );
}
