"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { localizedPath, LANGUAGE_CHOICE_KEY } from "@/lib/i18n/paths";

type Props = { other: "en" | "ko"; label: string; hint: string };

/**
 * The header's language switch: the same view (path and query: as-of date, pair, scenario, filters) in the other
 * language. A full page load, since the whole document (and `<html lang>`) changes; the choice is remembered so
 * that the offer of Korean (LanguageOffer) is not shown again.
 */
export function LanguageSwitch({ other, label, hint }: Props) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const href = localizedPath(other, pathname) + (search ? `?${search}` : "");
  return <SwitchLink href={href} other={other} label={label} hint={hint} />;
}

/** Before the browser knows the URL (and without JavaScript): the other language's home page. */
export function PlainLanguageSwitch({ other, label, hint }: Props) {
  return <SwitchLink href={localizedPath(other, "/")} other={other} label={label} hint={hint} />;
}

function SwitchLink({ href, other, label, hint }: Props & { href: string }) {
  return (
    <a
      href={href}
      hrefLang={other}
      lang={other}
      title={hint}
      className="rounded border border-slate-300 px-2 py-1 font-medium text-slate-800 hover:bg-slate-50"
      onClick={() => {
        try {
          localStorage.setItem(LANGUAGE_CHOICE_KEY, other);
        } catch {
          // storage disabled: the offer may show again, nothing else depends on it
        }
      }}
    >
      {label}
    </a>
  );
}
