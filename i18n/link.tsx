import "server-only";
import NextLink from "next/link";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "./routing";

type Props = Omit<ComponentProps<typeof NextLink>, "href"> & { href: string; locale?: Locale };

/**
 * A link to a path of the app in the page's language (`/compare` → `/ko/compare` on a Korean page), for server
 * components. It renders Next's own Link with the localized href, so a page carries no more than that link
 * (next-intl's Link adds its locale props to every link of the payload). Client components use next-intl's Link
 * from ./navigation.
 */
export async function Link({ href, locale, ...rest }: Props) {
  const lang = locale ?? ((await getLocale()) as Locale);
  return <NextLink href={localizeHref(lang, href)} {...rest} />;
}
