"use client";
import { useActionState } from "react";
import type { ImportState } from "@/lib/import/types";
import { SubmitButton } from "./fields";

type Preview = (prev: ImportState, fd: FormData) => Promise<ImportState>;
type Apply = (uploadId: number, prev: ImportState, fd: FormData) => Promise<ImportState>;

const ACTION_TEXT = { create: "New stance", correct: "Correction", unchanged: "Unchanged" } as const;

/** Upload, dry run, then apply: the import flow of /admin/import. */
export function ImportForm({ preview, apply }: { preview: Preview; apply: Apply }) {
  const [state, previewAction] = useActionState<ImportState, FormData>(preview, { status: "idle" });
  return (
    <div className="space-y-5">
      <form action={previewAction} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <label htmlFor="import-file" className="block text-sm font-medium">
          Spreadsheet (.xlsx or .csv, the long format of the export)
        </label>
        <input id="import-file" name="file" type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required className="block text-sm" />
        <SubmitButton>Check file (dry run)</SubmitButton>
        <p className="text-xs text-slate-600">Nothing is written by the check. At most 2 MB and 5,000 rows.</p>
      </form>
      <div aria-live="polite" role="status">
        {state.status === "error" && <p className="rounded border border-red-300 bg-red-50 p-3 text-sm font-semibold text-red-900">{state.message}</p>}
      </div>
      {state.status === "preview" && <PreviewResult key={state.at} state={state} apply={apply} />}
    </div>
  );
}

function PreviewResult({ state, apply }: { state: Extract<ImportState, { status: "preview" }>; apply: Apply }) {
  const [applied, applyAction] = useActionState<ImportState, FormData>(apply.bind(null, state.uploadId), { status: "idle" });
  const { plan } = state;
  const changes = plan.counts.create + plan.counts.correct;
  return (
    <section aria-labelledby="dry-run" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="dry-run">
      <h2 id="dry-run" className="text-lg font-semibold">Dry run of {state.filename}</h2>
      <p className="text-sm" data-testid="dry-run-counts">
        {plan.counts.create} new, {plan.counts.correct} corrected, {plan.counts.unchanged} unchanged
        {plan.errors.length > 0 && <>, <strong className="text-red-900">{plan.errors.length} row error{plan.errors.length === 1 ? "" : "s"}</strong></>}.
        {state.ignoredColumns.length > 0 && <> Ignored columns: {state.ignoredColumns.join(", ")}.</>}
      </p>
      {plan.errors.length > 0 && (
        <table className="min-w-full text-sm" data-testid="import-errors">
          <caption className="text-left font-medium text-red-900">Fix these rows and check the file again; nothing can be imported while any remain.</caption>
          <thead className="text-left text-xs text-slate-600">
            <tr>
              <th scope="col" className="p-1 pr-3">Row</th>
              <th scope="col" className="p-1 pr-3">Column</th>
              <th scope="col" className="p-1">Problem</th>
            </tr>
          </thead>
          <tbody>
            {plan.errors.map((e, i) => (
              <tr key={i} className="border-t border-slate-100 align-top">
                <td className="p-1 pr-3 tabular-nums">{e.row}</td>
                <td className="p-1 pr-3 font-mono text-xs">{e.column}</td>
                <td className="p-1">{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {plan.items.length > 0 && (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm" data-testid="import-changes">
            <caption className="text-left font-medium">What would change</caption>
            <thead className="text-left text-xs text-slate-600">
              <tr>
                <th scope="col" className="p-1 pr-3">Rows</th>
                <th scope="col" className="p-1 pr-3">Change</th>
                <th scope="col" className="p-1 pr-3">Stance</th>
                <th scope="col" className="p-1">Fields</th>
              </tr>
            </thead>
            <tbody>
              {plan.items.map((i) => (
                <tr key={i.rows.join(",")} className="border-t border-slate-100 align-top">
                  <td className="p-1 pr-3 tabular-nums">{i.rows.length > 1 ? `${i.rows[0]}–${i.rows.at(-1)}` : i.rows[0]}</td>
                  <td className="p-1 pr-3">{ACTION_TEXT[i.action]}</td>
                  <td className="p-1 pr-3">
                    {i.series.actor} · {i.series.issue}
                    {i.series.counterpart ? ` toward ${i.series.counterpart}` : ""} · from {i.validFrom}
                  </td>
                  <td className="p-1 text-xs [overflow-wrap:anywhere]">
                    {i.changes.map((c) => (
                      <div key={c.field}>
                        <span className="font-medium">{c.field}</span>: {c.before} → {c.after}
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {applied.status === "applied" ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm font-semibold text-green-900" data-testid="import-applied">
          {applied.message}
        </p>
      ) : plan.errors.length === 0 && changes > 0 ? (
        <form action={applyAction} className="flex flex-wrap items-center gap-3">
          {!state.reviewRequired && <SubmitButton>Apply: publish {changes} change{changes === 1 ? "" : "s"}</SubmitButton>}
          <SubmitButton name="intent" value="draft" variant={state.reviewRequired ? "primary" : "secondary"}>
            Apply as drafts for review
          </SubmitButton>
          {applied.status === "error" && <p className="text-sm font-semibold text-red-900">{applied.message}</p>}
        </form>
      ) : (
        plan.errors.length === 0 && <p className="text-sm">Nothing to import: every stance in the file matches the database.</p>
      )}
    </section>
  );
}
