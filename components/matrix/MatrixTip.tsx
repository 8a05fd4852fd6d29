"use client";
import { useEffect, useRef } from "react";
import { formatDate } from "@/lib/dates";
import { isUnsourced } from "@/lib/domain";
import type { AppLocale } from "@/lib/i18n/paths";

/** What GET /api/v1/stances/{id} answers (the fields the tooltip shows). */
type StanceTip = {
  actorName: string;
  counterpartName: string | null;
  summary: string;
  /** With ?lang=ko the API adds the Korean next to the English (null where not yet translated). */
  actorNameKo?: string | null;
  counterpartNameKo?: string | null;
  summaryKo?: string | null;
  validFrom: string;
  salience: number;
  confidence: "low" | "medium" | "high";
  evidenceCount: number;
  position: number | null;
};

export const MATRIX_TIP_ID = "mx-tip";

/** The tooltip's translator: next-intl's formatter and the catalogue, fetched when the first tooltip opens. */
async function createTip(locale: AppLocale) {
  const [{ createTranslator }, m] = await Promise.all([import("use-intl/core"), locale === "ko" ? import("@/messages/ko/views-matrix.json") : import("@/messages/en/views-matrix.json")]);
  return createTranslator({ locale, messages: { MatrixTip: m.default["MatrixTip"] }, namespace: "MatrixTip" });
}

/**
 * The matrix's one tooltip. The cells carry no summaries (they would double the page's weight): when a cell is
 * hovered or focused this fetches its stance from the read API (once per cell and page view), writes the summary
 * into a single tooltip element and points the cell's aria-describedby at it. Escape or leaving the cell hides it.
 * Text only (textContent), never markup. Its texts (catalogue "MatrixTip") and the message formatter are not in
 * the page either: they are loaded with the first summary, in the page's language.
 */
export function MatrixTip({ locale }: { locale: AppLocale }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const tip = ref.current;
    const box = tip?.parentElement;
    if (!tip || !box) return;
    const loaded = new Map<string, Promise<StanceTip | null>>();
    // Loaded with the first cell hovered or focused, once.
    let translator: ReturnType<typeof createTip> | null = null;
    const texts = () => (translator ??= createTip(locale));
    let current: HTMLAnchorElement | null = null;

    const load = (id: string) => {
      let p = loaded.get(id);
      if (!p) {
        p = fetch(`/api/v1/stances/${id}${locale === "en" ? "" : `?lang=${locale}`}`)
          .then((r) => (r.ok ? (r.json() as Promise<StanceTip>) : null))
          .then((s) =>
            s && {
              ...s,
              actorName: s.actorNameKo ?? s.actorName,
              counterpartName: s.counterpartNameKo ?? s.counterpartName,
              summary: s.summaryKo ?? s.summary,
            },
          )
          .catch(() => null);
        loaded.set(id, p);
      }
      return p;
    };
    const place = (cell: HTMLElement) => {
      const r = cell.getBoundingClientRect();
      tip.style.top = `${Math.round(r.bottom + 4)}px`;
      tip.style.left = `${Math.round(Math.max(8, Math.min(r.left, window.innerWidth - tip.offsetWidth - 8)))}px`;
    };
    const hide = () => {
      current?.removeAttribute("aria-describedby");
      current = null;
      tip.hidden = true;
    };
    const show = (cell: HTMLAnchorElement) => {
      if (cell === current) return;
      hide();
      const id = /#stance-(\d+)$/.exec(cell.getAttribute("href") ?? "")?.[1];
      if (!id) return;
      current = cell;
      void Promise.all([load(id), texts()]).then(([s, t]) => {
        if (current !== cell) return;
        const conf = { high: t("confHigh"), medium: t("confMedium"), low: t("confLow") };
        const lines = s
          ? [
              s.counterpartName
                ? t("summaryToward", { actor: s.actorName, counterpart: s.counterpartName, summary: s.summary })
                : t("summary", { actor: s.actorName, summary: s.summary }),
              t("meta", {
                date: formatDate(s.validFrom, locale),
                salience: s.salience,
                confidence: conf[s.confidence],
                sources: isUnsourced(s) ? t("unsourced") : s.evidenceCount === 0 ? t("noSource") : t("evidence", { count: s.evidenceCount }),
              }),
            ]
          : [t("failed")];
        tip.replaceChildren(...lines.map((text) => Object.assign(document.createElement("span"), { textContent: text })));
        tip.hidden = false;
        place(cell);
        cell.setAttribute("aria-describedby", MATRIX_TIP_ID);
      });
    };
    const cellOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>("a.mx-cell") : null);
    const over = (e: Event) => {
      const cell = cellOf(e.target);
      if (cell) show(cell);
    };
    const out = (e: Event) => {
      const next = cellOf((e as FocusEvent | MouseEvent).relatedTarget);
      if (current && next !== current) hide();
    };
    const key = (e: KeyboardEvent) => {
      if (e.key === "Escape") hide();
    };
    box.addEventListener("mouseover", over);
    box.addEventListener("focusin", over);
    box.addEventListener("mouseout", out);
    box.addEventListener("focusout", out);
    box.addEventListener("scroll", hide, { passive: true });
    window.addEventListener("scroll", hide, { passive: true });
    document.addEventListener("keydown", key);
    return () => {
      box.removeEventListener("mouseover", over);
      box.removeEventListener("focusin", over);
      box.removeEventListener("mouseout", out);
      box.removeEventListener("focusout", out);
      box.removeEventListener("scroll", hide);
      window.removeEventListener("scroll", hide);
      document.removeEventListener("keydown", key);
    };
  }, [locale]);
  return <div ref={ref} id={MATRIX_TIP_ID} role="tooltip" className="mx-tip" hidden />;
}
