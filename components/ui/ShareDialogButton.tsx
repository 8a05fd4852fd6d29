"use client";
import { useEffect, useRef, useState } from "react";
import { shareLinks, type ShareTarget } from "@/lib/share";

export type ShareLabels = Record<"share" | "title" | "close" | "link" | "copyLink" | "linkCopied" | "linkFailed" | "embed" | "copyEmbed" | "embedCopied" | "embedFailed", string>;

/**
 * "Share": a small dialog with the permanent link of the view as it is now (the URL's state, with the date and pair
 * the page resolved pinned in, so the link shows the same thing tomorrow) and, for views with an embed, the iframe
 * code. Keyboard: the native modal dialog keeps focus inside, Escape closes it, and focus returns to the button.
 * The dialog exists only while open: the page carries nothing but the button and its few texts, given as props in
 * the page's language by the server wrapper ShareButton (the matrix page's weight budget: no message provider).
 */
export function ShareDialogButton({ target, labels }: { target: ShareTarget; labels: ShareLabels }) {
  const button = useRef<HTMLButtonElement>(null);
  const [links, setLinks] = useState<{ link: string; embed: string | null } | null>(null);
  return (
    <>
      <button ref={button} type="button" onClick={() => setLinks(shareLinks(target, location.origin, location.search))} aria-haspopup="dialog" className="no-print share-btn">
        {labels.share}
      </button>
      {links && (
        <ShareDialog
          links={links}
          labels={labels}
          onClosed={() => {
            setLinks(null);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}

function ShareDialog({ links, labels, onClosed }: { links: { link: string; embed: string | null }; labels: ShareLabels; onClosed: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const embedField = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState("");
  useEffect(() => dialog.current?.showModal(), []);
  const close = () => dialog.current?.close();
  const copy = async (text: string, done: string, failed: string, field: HTMLInputElement | HTMLTextAreaElement | null) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(done);
    } catch {
      field?.select();
      setCopied(failed);
    }
  };
  return (
    <dialog ref={dialog} aria-labelledby="share-h" onClose={onClosed} onClick={(e) => e.target === dialog.current && close()} className="share-dialog">
      <div className="space-y-3">
        <div className="flex items-start justify-between gap-4">
          <h2 id="share-h" className="font-semibold">
            {labels.title}
          </h2>
          <button type="button" onClick={close} className="rounded px-2 text-slate-600 hover:bg-slate-100" aria-label={labels.close}>
            ×
          </button>
        </div>
        <div>
          <label htmlFor="share-link" className="block text-xs font-medium text-slate-600">
            {labels.link}
          </label>
          <div className="mt-1 flex gap-2">
            <input ref={linkField} id="share-link" readOnly value={links.link} className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1 font-mono text-xs" onFocus={(e) => e.target.select()} />
            <button type="button" onClick={() => copy(links.link, labels.linkCopied, labels.linkFailed, linkField.current)} className="share-copy">
              {labels.copyLink}
            </button>
          </div>
        </div>
        {links.embed && (
          <div>
            <label htmlFor="share-embed" className="block text-xs font-medium text-slate-600">
              {labels.embed}
            </label>
            <textarea ref={embedField} id="share-embed" readOnly rows={3} value={links.embed} className="mt-1 w-full rounded border border-slate-300 px-2 py-1 font-mono text-xs" onFocus={(e) => e.target.select()} />
            <button type="button" onClick={() => copy(links.embed!, labels.embedCopied, labels.embedFailed, embedField.current)} className="share-copy mt-1">
              {labels.copyEmbed}
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
