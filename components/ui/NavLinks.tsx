"use client";

import { useSearchParams } from "next/navigation";
import Link from "next/link";
import { localizeHref, type AppLocale } from "@/lib/i18n/paths";
import { readNavContext, withNavContext } from "@/lib/nav-context";

const LINK = "nav-link"; // app/globals.css

type Item = { href: string; label: string };
type Props = { items: Item[]; locale: AppLocale };

/** The header's links, carrying the current view's as-of date (and pair) to the views that read them. */
export function NavLinks({ items, locale }: Props) {
  const ctx = readNavContext(new URLSearchParams(useSearchParams().toString()));
  return items.map((item) => (
    <Link key={item.href} href={localizeHref(locale, withNavContext(item.href, ctx))} className={LINK}>
      {item.label}
    </Link>
  ));
}

/** The same links without context: what renders before the browser knows the URL (and without JavaScript). */
export function PlainNavLinks({ items, locale }: Props) {
  return items.map((item) => (
    <Link key={item.href} href={localizeHref(locale, item.href)} className={LINK}>
      {item.label}
    </Link>
  ));
}
