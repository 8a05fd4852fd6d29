import type { Metadata, Viewport } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { routing } from "@/i18n/routing";
import "../globals.css";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Meta" });
  return { title: { default: "Stance Atlas", template: `%s · Stance Atlas` }, description: t("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * The document of every page, in the language of its path (i18n/routing.ts): `<html lang>` follows it. The site's
 * chrome (header, footer) is (site)/layout.tsx; the embeds (embed/) have none.
 */
export default async function LocaleLayout({ children, params }: { children: React.ReactNode; params: LocaleParams }) {
  const locale = await pageLocale(params);
  return (
    <html lang={locale}>
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
