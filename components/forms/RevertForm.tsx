"use client";
import { useTranslations } from "next-intl";
import { useActionState, useId, useRef, useState } from "react";
import { IDLE, type FormState } from "@/lib/admin/forms";
import { SubmitButton } from "./fields";

/** What a revert will do, computed on the server from the audit entry (plain text, shown before anything happens). */
export type RevertPreview = { kind: "remove"; what: string } | { kind: "restore"; changes: { field: string; now: string; back: string }[] };

/**
 * "Revert #N" on an audit entry. The first click only opens a confirmation that says what will change (the fields
 * going back, or the created record being removed); "Confirm revert #N" submits, "Cancel" closes it.
 */
export function RevertForm({
  action,
  entryId,
  label,
  preview,
}: {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  entryId: number;
  label: string;
  preview: RevertPreview;
}) {
  const t = useTranslations("AdminClient");
  const [state, formAction] = useActionState<FormState, FormData>(action, IDLE);
  const [asking, setAsking] = useState(false);
  const id = useId();
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <form action={formAction} className="max-w-xl space-y-2">
      {state.status !== "saved" && (
        <button
          ref={opener}
          type="button"
          aria-expanded={asking}
          aria-controls={`${id}-confirm`}
          onClick={() => setAsking((v) => !v)}
          className="rounded border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100"
        >
          {label}
        </button>
      )}
      {asking && state.status !== "saved" && (
        <div id={`${id}-confirm`} role="group" aria-label={t("revert.confirmGroup")} className="rounded border border-amber-600 bg-amber-50 p-3 text-sm" data-testid="revert-confirm">
          {preview.kind === "remove" ? (
            <p>{t.rich("revert.removes", { what: preview.what, b: (chunks) => <strong>{chunks}</strong> })}</p>
          ) : preview.changes.length === 0 ? (
            <p>{t("revert.noField")}</p>
          ) : (
            <>
              <p>{t("revert.fieldsBack")}</p>
              <ul className="mt-1 space-y-1">
                {preview.changes.map((c) => (
                  <li key={c.field}>
                    <span className="font-medium">{c.field}</span>: <del className="text-red-900">{c.now || t("revert.empty")}</del> →{" "}
                    <ins className="text-green-900 no-underline">{c.back || t("revert.empty")}</ins>
                  </li>
                ))}
              </ul>
            </>
          )}
          <div className="mt-2 flex flex-wrap gap-2">
            <SubmitButton variant="danger">{t("revert.confirm", { id: String(entryId) })}</SubmitButton>
            <button
              type="button"
              onClick={() => {
                setAsking(false);
                opener.current?.focus();
              }}
              className="rounded px-3 py-1.5 text-sm text-slate-700 underline hover:bg-slate-100"
            >
              {t("revert.cancel")}
            </button>
          </div>
        </div>
      )}
      <div aria-live="polite" role="status">
        {state.status === "saved" && <p className="text-sm font-semibold text-green-900">{state.message}</p>}
        {state.status === "error" && <p className="text-sm font-semibold text-red-900">{state.message}</p>}
      </div>
    </form>
  );
}
