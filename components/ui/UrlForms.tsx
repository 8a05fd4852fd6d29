"use client";

import { useEffect } from "react";

/**
 * The views' GET forms (date, pair, range, window) show what the URL says. When the browser brings a page back
 * from its back/forward cache, it restores the page as it was left, with whatever was typed into those forms before
 * the user moved on; pressing the button then would silently change the view. So on such a return every form
 * marked `data-url-form` is reset to its rendered values, which are the URL's. (`autoComplete="off"` on the forms
 * stops the browser's own form restoration when the page is loaded again instead.)
 */
export function UrlForms() {
  useEffect(() => {
    const onShow = (e: PageTransitionEvent) => {
      if (!e.persisted) return;
      for (const form of document.querySelectorAll<HTMLFormElement>("form[data-url-form]")) form.reset();
    };
    window.addEventListener("pageshow", onShow);
    return () => window.removeEventListener("pageshow", onShow);
  }, []);
  return null;
}
