"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { readNavContext, withNavContext } from "@/lib/nav-context";
import { NAV_ITEMS } from "./nav";

const LINK = "nav-link"; // app/globals.css

/** The header's links, carrying the current view's as-of date (and pair) to the views that read them. */
export function NavLinks() {
  const ctx = readNavContext(new URLSearchParams(useSearchParams().toString()));
  return NAV_ITEMS.map((item) => (
    <Link key={item.href} href={withNavContext(item.href, ctx)} className={LINK}>
      {item.label}
    </Link>
  ));
}

/** The same links without context: what renders before the browser knows the URL (and without JavaScript). */
export function PlainNavLinks() {
  return NAV_ITEMS.map((item) => (
    <Link key={item.href} href={item.href} className={LINK}>
      {item.label}
    </Link>
  ));
}
