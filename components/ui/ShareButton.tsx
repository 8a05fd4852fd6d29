"use client";
import { useEffect, useRef, useState } from "react";
import { shareLinks, type ShareTarget } from "@/lib/share";

/**
 * "Share": a small dialog with the permanent link of the view as it is now (the URL's state, with the date and pair
 * the page resolved pinned in, so the link shows the same thing tomorrow) and, for views with an embed, the iframe
 * code. Keyboard: the native modal dialog keeps focus inside, Escape closes it, and focus returns to the button.
 * The dialog exists only while open: the page carries nothing but the button (the matrix page's weight budget).
 */
export function ShareButton({ target }: { target: ShareTarget }) {
  const button = useRef<HTMLButtonElement>(null);
  const [links, setLinks] = useState<{ link: string; embed: string | null } | null>(null);
  return (
    <>
      <button ref={button} type="button" onClick={() => setLinks(shareLinks(target, location.origin, location.search))} aria-haspopup="dialog" className="no-print share-btn">
        Share
      </button>
      {links && (
        <ShareDialog
          links={links}
          onClosed={() => {
            setLinks(null);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}

function ShareDialog({ links, onClosed }: { links: { link: string; embed: string | null }; onClosed: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const embedField = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState("");
  useEffect(() => dialog.current?.showModal(), []);
  const close = () => dialog.current?.close();
  const copy = async (text: string, what: string, field: HTMLInputElement | HTMLTextAreaElement | null) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`${what} copied to the clipboard.`);
    } catch {
      field?.select();
      setCopied(`Could not reach the clipboard: the ${what.toLowerCase()} is selected, press Ctrl+C (⌘C) to copy it.`);
    }
  };
  return (
    <dialog ref={dialog} aria-labelledby="share-h" onClose={onClosed} onClick={(e) => e.target === dialog.current && close()} className="share-dialog">
      <div className="space-y-3">
        <div className="flex items-start justify-between gap-4">
          <h2 id="share-h" className="font-semibold">
            Share this view
          </h2>
          <button type="button" onClick={close} className="rounded px-2 text-slate-600 hover:bg-slate-100" aria-label="Close">
            ×
          </button>
        </div>
        <div>
          <label htmlFor="share-link" className="block text-xs font-medium text-slate-600">
            Permanent link (date, pair and scenario included)
          </label>
          <div className="mt-1 flex gap-2">
            <input ref={linkField} id="share-link" readOnly value={links.link} className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1 font-mono text-xs" onFocus={(e) => e.target.select()} />
            <button type="button" onClick={() => copy(links.link, "Link", linkField.current)} className="share-copy">
              Copy link
            </button>
          </div>
        </div>
        {links.embed && (
          <div>
            <label htmlFor="share-embed" className="block text-xs font-medium text-slate-600">
              Embed code (the chart alone, for another website)
            </label>
            <textarea ref={embedField} id="share-embed" readOnly rows={3} value={links.embed} className="mt-1 w-full rounded border border-slate-300 px-2 py-1 font-mono text-xs" onFocus={(e) => e.target.select()} />
            <button type="button" onClick={() => copy(links.embed!, "Embed code", embedField.current)} className="share-copy mt-1">
              Copy embed code
            </button>
          </div>
        )}
        <p role="status" className="min-h-5 text-sm text-emerald-800">
          {copied}
        </p>
      </div>
    </dialog>
  );
}
