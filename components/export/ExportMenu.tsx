"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { EXPORT_SIZES, exportSize, type ExportSize, type ExportSizeId, type Framed } from "@/lib/export/frame";
import { Chevron, EXPORT_BUTTON_CLASS } from "./export-button";

/** What the analyst chose in the menu, passed to getSvg: the frame size, edited texts, extra detail. */
export type ExportChoice = {
  size: ExportSize;
  /** The texts as edited (or the prefilled ones); only when the menu was given `texts`. */
  title?: string;
  subtitle?: string;
  note?: string;
  /** Each cell's summary and evidence citation in the image (menus with `detailsOption`). */
  details: boolean;
};

export type ExportTexts = { title: string; subtitle?: string; note?: string };

export type ExportMenuProps = {
  /** What is exported, completing the button's accessible name "Export <label>", e.g. "stance matrix". */
  label: string;
  /** File names are stance-atlas_<view>_<subject>_<asOf>.<ext>, e.g. view "divergence", subject "ROK-JPN". */
  view: string;
  subject?: string | null;
  asOf: string;
  /** Builds the framed, standalone SVG on demand (may import code lazily); null when there is nothing to draw. */
  getSvg: (choice: ExportChoice) => Promise<Framed | null>;
  /** Today's title, subtitle and note: with these, "Edit title and note…" lets the analyst change them first. */
  texts?: ExportTexts;
  /** Offers "Include summaries and evidence" (matrix, comparison): each cell's summary and citation in the image. */
  detailsOption?: boolean;
  /** False for figures built on the server at one size (the briefing pack): no size choice then. */
  sizes?: boolean;
  /** The data behind exactly this chart as CSV text (use lib/csv.ts toCsv); omit to leave CSV out. */
  getCsv?: () => Promise<string | null>;
  /**
   * Files the server builds (e.g. the matrix as .xlsx, the long-format CSV): fetched from `url` and saved as
   * stance-atlas_<view>[-<suffix>]_<subject>_<asOf>.<ext>.
   */
  files?: readonly { id: string; text: string; hint: string; url: string; ext: string; suffix?: string }[];
  /** When set, the chart has no data: every item is disabled and this sentence says why. */
  emptyReason?: string | null;
  className?: string;
  /** Where the menu opens relative to the button; the default suits a button at the right edge. */
  menuAlign?: string;
  /** Open on mount with this item focused: the menu was loaded by pressing a placeholder button (MatrixExportButton). */
  initialOpen?: "first" | "last";
};

type Action = "png2" | "png3" | "svg" | "csv" | "copy" | "edit" | "details" | `file:${string}` | `size:${ExportSizeId}`;

function copyUnsupported(t: ReturnType<typeof useTranslations<"Export">>): string | null {
  if (!window.isSecureContext) return t("copyNeedsHttps");
  if (typeof ClipboardItem === "undefined" || !navigator.clipboard?.write) return t("copyUnsupported");
  return null;
}

/**
 * The Export menu (menu button pattern): PNG 2x / 3x, SVG, CSV, Copy image. Keyboard: Enter, Space or
 * ArrowDown opens, arrows / Home / End move, Escape closes and returns focus to the button.
 */
export function ExportMenu({ label, view, subject = null, asOf, getSvg: buildSvg, getCsv, files = [], emptyReason = null, className = "", menuAlign = "right-0", texts, detailsOption = false, sizes = true, initialOpen }: ExportMenuProps) {
  const t = useTranslations("Export");
  // Mounted by a press on MatrixExportButton (client only): open at once.
  const [open, setOpen] = useState(Boolean(initialOpen));
  const [sizeId, setSizeId] = useState<ExportSizeId>("default");
  const [details, setDetails] = useState(false);
  // Edited texts; null until the analyst saves the dialog (then the prefilled texts no longer follow the page).
  const [edited, setEdited] = useState<ExportTexts | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  // The dialog is rendered only while open: pages do not carry its markup (the matrix page stays lean).
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (editing && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [editing]);
  const current = edited ?? texts;
  const getSvg = () => buildSvg({ size: exportSize(sizeId), ...(current ?? {}), details });
  const [status, setStatus] = useState<{ kind: "busy" | "done" | "error"; text: string } | null>(null);
  const [copyReason, setCopyReason] = useState<string | null>(() => (initialOpen ? copyUnsupported(t) : t("copyChecking")));
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onDown);
    return () => document.removeEventListener("pointerdown", onDown);
  }, [open]);

  const items: { action: Action; text: string; hint: string; reason: string | null }[] = [
    { action: "png2", text: t("png2"), hint: t("png2Hint"), reason: emptyReason },
    { action: "png3", text: t("png3"), hint: t("png3Hint"), reason: emptyReason },
    { action: "svg", text: t("svg"), hint: t("svgHint"), reason: emptyReason },
    ...(getCsv ? [{ action: "csv" as const, text: t("csv"), hint: t("csvHint"), reason: emptyReason }] : []),
    ...files.map((f) => ({ action: `file:${f.id}` as const, text: f.text, hint: f.hint, reason: emptyReason })),
    { action: "copy", text: t("copy"), hint: t("copyHint"), reason: emptyReason ?? copyReason },
    ...(texts ? [{ action: "edit" as const, text: t("edit"), hint: edited ? t("edited") : "", reason: emptyReason }] : []),
  ];
  const sizeTexts: Record<ExportSizeId, { text: string; hint: string }> = {
    default: { text: t("size.default"), hint: t("size.defaultHint") },
    "slide-16-9": { text: t("size.slide169"), hint: t("size.slide169Hint") },
    "slide-4-3": { text: t("size.slide43"), hint: t("size.slide43Hint") },
    a4: { text: t("size.a4"), hint: t("size.a4Hint") },
  };
  const options: { action: Action; text: string; hint: string; checked: boolean; role: "menuitemradio" | "menuitemcheckbox" }[] = [
    ...(sizes ? EXPORT_SIZES : []).map((z) => ({ action: `size:${z.id}` as const, text: sizeTexts[z.id].text, hint: sizeTexts[z.id].hint, checked: z.id === sizeId, role: "menuitemradio" as const })),
    ...(detailsOption ? [{ action: "details" as const, text: t("details"), hint: t("detailsHint"), checked: details, role: "menuitemcheckbox" as const }] : []),
  ];

  const focusItem = (index: number) => {
    const all = [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    all[(index + all.length) % all.length]?.focus();
  };

  const openMenu = (focus: "first" | "last") => {
    setCopyReason(copyUnsupported(t));
    setOpen(true);
    requestAnimationFrame(() => focusItem(focus === "first" ? 0 : -1));
  };

  useEffect(() => {
    // Once, on mount: the press that loaded this menu opened it; its item takes the focus.
    if (initialOpen) requestAnimationFrame(() => focusItem(initialOpen === "first" ? 0 : -1));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const close = (refocus = true) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const name = (ext: string, suffix?: string) => {
    const safe = (s: string) => s.replace(/[^A-Za-z0-9.-]+/g, "-").replace(/^-+|-+$/g, "");
    return ["stance-atlas", safe(suffix ? `${view}-${suffix}` : view), subject ? safe(subject) : null, safe(asOf)].filter(Boolean).join("_") + `.${ext}`;
  };

  async function run(action: Action) {
    if (action.startsWith("size:")) {
      setSizeId(action.slice(5) as ExportSizeId);
      return;
    }
    if (action === "details") {
      setDetails((d) => !d);
      return;
    }
    if (action === "edit") {
      setOpen(false);
      setEditing(true);
      return;
    }
    close();
    const served = action.startsWith("file:") ? files.find((f) => `file:${f.id}` === action) : undefined;
    const file = served ? name(served.ext, served.suffix) : name(action === "csv" ? "csv" : action === "svg" ? "svg" : "png");
    setStatus({ kind: "busy", text: action === "copy" ? t("copying") : t("preparing", { file }) });
    try {
      const browser = await import("./browser");
      if (served) {
        const res = await fetch(served.url);
        if (!res.ok) throw new Error(t("serverAnswered", { status: res.status }));
        browser.saveBlob(await res.blob(), file);
      } else if (action === "csv") {
        const csv = await getCsv!();
        if (!csv) throw new Error(t("noData"));
        // With the byte-order mark, so Excel reads Hangul and Kanji as UTF-8 (a fetched CSV's text has lost it).
        const { withBom } = await import("@/lib/csv");
        browser.saveBlob(new Blob([withBom(csv)], { type: "text/csv;charset=utf-8" }), file);
      } else if (action === "copy") {
        const png = getSvg().then((f) => {
          if (!f) throw new Error(t("nothingToCopy"));
          return browser.rasterize(f, 2);
        });
        await browser.copyPng(png);
        setStatus({ kind: "done", text: t("copied") });
        return;
      } else {
        const framed = await getSvg();
        if (!framed) throw new Error(t("nothingToExport"));
        const blob = action === "svg" ? new Blob([framed.svg], { type: "image/svg+xml;charset=utf-8" }) : await browser.rasterize(framed, action === "png3" ? 3 : 2);
        browser.saveBlob(blob, file);
      }
      setStatus({ kind: "done", text: t("saved", { file }) });
    } catch (error) {
      setStatus({ kind: "error", text: t("failed", { reason: error instanceof Error ? error.message : t("unknownError") }) });
    }
  }

  return (
    <div ref={root} className={`no-print relative inline-block text-sm ${className}`}>
      <button
        ref={button}
        type="button"
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        aria-label={t("buttonLabel", { label })}
        onClick={() => (open ? close() : openMenu("first"))}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            openMenu("first");
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            openMenu("last");
          }
        }}
        className={EXPORT_BUTTON_CLASS}
      >
        {t("button")}
        <Chevron />
      </button>
      {open && (
        <ul
          ref={menu}
          id={`${id}-menu`}
          role="menu"
          aria-labelledby={`${id}-button`}
          className={`absolute ${menuAlign} z-30 mt-1 w-72 max-w-[calc(100vw-2rem)] rounded-md border border-slate-200 bg-white p-1 shadow-lg`}
          onKeyDown={(e) => {
            const all = [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
            const at = all.indexOf(document.activeElement as HTMLElement);
            if (e.key === "ArrowDown") focusItem(at + 1);
            else if (e.key === "ArrowUp") focusItem(at - 1);
            else if (e.key === "Home") focusItem(0);
            else if (e.key === "End") focusItem(-1);
            else if (e.key === "Escape") close();
            else if (e.key === "Tab") close(false);
            else return;
            if (e.key !== "Tab") e.preventDefault();
          }}
        >
          {items.map((item) => (
            <li key={item.action} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                aria-disabled={item.reason ? true : undefined}
                aria-describedby={item.reason ? `${id}-${item.action}-why` : undefined}
                onClick={() => {
                  if (!item.reason) void run(item.action);
                }}
                className="block w-full rounded px-3 py-2 text-left hover:bg-slate-100 focus:bg-slate-100 aria-disabled:cursor-not-allowed aria-disabled:text-slate-500 aria-disabled:hover:bg-transparent"
              >
                <span className="font-medium">{item.text}</span> <span className="text-xs text-slate-500">{item.hint}</span>
                {item.reason && (
                  <span id={`${id}-${item.action}-why`} className="mt-0.5 block text-xs text-slate-600">
                    {item.reason}
                  </span>
                )}
              </button>
            </li>
          ))}
          {options.length > 0 && <li role="separator" className="my-1 border-t border-slate-200" />}
          {sizes && (
            <li role="none" className="px-3 pb-0.5 pt-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
              {t("size.heading")}
            </li>
          )}
          {options.map((o) => (
            <li key={o.action} role="none">
              <button
                type="button"
                role={o.role}
                aria-checked={o.checked}
                tabIndex={-1}
                onClick={() => void run(o.action)}
                className="flex w-full items-start gap-2 rounded px-3 py-1.5 text-left hover:bg-slate-100 focus:bg-slate-100"
              >
                <span aria-hidden className="w-3 shrink-0 font-bold">
                  {o.checked ? "✓" : ""}
                </span>
                <span>
                  <span className="font-medium">{o.text}</span> <span className="text-xs text-slate-500">{o.hint}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {texts && editing && (
        <dialog
          ref={dialog}
          aria-labelledby={`${id}-edit-h`}
          className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-lg border border-slate-300 p-0 shadow-xl backdrop:bg-slate-900/40"
          onClose={() => {
            setEditing(false);
            button.current?.focus();
          }}
        >
          <form
            method="dialog"
            className="space-y-3 p-4"
            onSubmit={(e) => {
              e.preventDefault();
              const fd = new FormData(e.currentTarget);
              const get = (k: string) => String(fd.get(k) ?? "").trim();
              setEdited({ title: get("title") || texts.title, subtitle: get("subtitle") || undefined, note: get("note") || undefined });
              dialog.current?.close();
            }}
          >
            <h2 id={`${id}-edit-h`} className="text-base font-semibold text-slate-900">
              {t("dialog.heading")}
            </h2>
            <label className="block text-sm font-medium text-slate-800">
              {t("dialog.title")}
              <input name="title" required maxLength={200} defaultValue={current?.title} className="mt-1 w-full rounded border border-slate-300 px-2 py-1.5 font-normal" />
            </label>
            <label className="block text-sm font-medium text-slate-800">
              {t("dialog.subtitle")}
              <input name="subtitle" maxLength={300} defaultValue={current?.subtitle} className="mt-1 w-full rounded border border-slate-300 px-2 py-1.5 font-normal" />
            </label>
            <label className="block text-sm font-medium text-slate-800">
              {t("dialog.note")}
              <textarea name="note" maxLength={600} rows={3} defaultValue={current?.note} className="mt-1 w-full rounded border border-slate-300 px-2 py-1.5 font-normal" />
            </label>
            <p className="text-xs text-slate-600">{t("dialog.sourceAlways")}</p>
            <div className="flex flex-wrap gap-2">
              <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
                {t("dialog.use")}
              </button>
              <button type="button" onClick={() => dialog.current?.close()} className="rounded border border-slate-300 px-3 py-1.5 text-sm">
                {t("dialog.cancel")}
              </button>
              {edited && (
                <button
                  type="button"
                  onClick={() => {
                    setEdited(null);
                    dialog.current?.close();
                  }}
                  className="rounded border border-slate-300 px-3 py-1.5 text-sm"
                >
                  {t("dialog.reset")}
                </button>
              )}
            </div>
          </form>
        </dialog>
      )}
      <p role="status" aria-live="polite" className={`mt-1 text-xs ${status?.kind === "error" ? "text-red-800" : "text-slate-600"} ${status ? "" : "sr-only"}`}>
        {status?.text}
      </p>
    </div>
  );
}
