"use client";

import { useEffect, useState } from "react";
import { LANGUAGE_CHOICE_KEY, localizedPath, prefersKorean } from "@/lib/i18n/paths";

/**
 * On an English page, for a browser whose languages put Korean before English and a reader who has not chosen a
 * language yet: a small offer to read this view in Korean. Not a redirect: a page's language is its path, so
 * cached pages stay the same for everyone and the English URL keeps working for those who choose it.
 * Fixed at the bottom of the window: it moves nothing on the page when it appears.
 */
export type OfferTexts = { label: string; text: string; accept: string; decline: string };

export function LanguageOffer({ texts }: { texts: OfferTexts }) {
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => {
    let chosen: string | null = null;
    try {
      chosen = localStorage.getItem(LANGUAGE_CHOICE_KEY);
    } catch {
      // storage disabled: offer anyway
    }
    if (chosen || !prefersKorean(navigator.languages ?? [navigator.language])) return;
    // Runs once after hydration: the offer depends on the browser, which the server-rendered page cannot know.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setHref(localizedPath("ko", window.location.pathname) + window.location.search);
  }, []);
  if (!href) return null;
  const choose = (value: string) => {
    try {
      localStorage.setItem(LANGUAGE_CHOICE_KEY, value);
    } catch {
      // storage disabled
    }
  };
  return (
    <aside
      lang="ko"
      aria-label={texts.label}
      className="no-print fixed inset-x-2 bottom-2 z-50 mx-auto flex max-w-xl flex-wrap items-center gap-3 rounded-lg border border-slate-300 bg-white p-3 text-sm shadow-lg"
    >
      <p className="grow">{texts.text}</p>
      <a href={href} hrefLang="ko" onClick={() => choose("ko")} className="rounded bg-blue-800 px-3 py-1.5 font-medium text-white">
        {texts.accept}
      </a>
      <button
        type="button"
        lang="en"
        onClick={() => {
          choose("en");
          setHref(null);
        }}
        className="rounded border border-slate-300 px-3 py-1.5"
      >
        {texts.decline}
      </button>
    </aside>
  );
}
