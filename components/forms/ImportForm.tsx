"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ImportState } from "@/lib/import/types";
import { SubmitButton } from "./fields";

type Preview = (prev: ImportState, fd: FormData) => Promise<ImportState>;
type Apply = (uploadId: number, prev: ImportState, fd: FormData) => Promise<ImportState>;

/** Upload, dry run, then apply: the import flow of /admin/import. */
export function ImportForm({ preview, apply }: { preview: Preview; apply: Apply }) {
  const t = useTranslations("AdminClient");
  const [state, previewAction] = useActionState<ImportState, FormData>(preview, { status: "idle" });
  return (
    <div className="space-y-5">
      <form action={previewAction} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <label htmlFor="import-file" className="block text-sm font-medium">
          {t("import.file")}
        </label>
        <input id="import-file" name="file" type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required className="block text-sm" />
        <SubmitButton>{t("import.check")}</SubmitButton>
        <p className="text-xs text-slate-600">{t("import.limits")}</p>
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
  const t = useTranslations("AdminClient");
  const actionText = { create: t("import.create"), correct: t("import.correct"), unchanged: t("import.unchanged") };
  const { plan } = state;
  const changes = plan.counts.create + plan.counts.correct;
  return (
    <section aria-labelledby="dry-run" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="dry-run">
      <h2 id="dry-run" className="text-lg font-semibold">{t("import.dryRun", { file: state.filename })}</h2>
      <p className="text-sm" data-testid="dry-run-counts">
        {t("import.counts", { create: plan.counts.create, correct: plan.counts.correct, unchanged: plan.counts.unchanged })}
        {plan.errors.length > 0 && <>, <strong className="text-red-900">{t("import.errors", { count: plan.errors.length })}</strong></>}.
        {state.ignoredColumns.length > 0 && <> {t("import.ignored", { columns: state.ignoredColumns.join(", ") })}</>}
      </p>
      {plan.errors.length > 0 && (
        <table className="min-w-full text-sm" data-testid="import-errors">
          <caption className="text-left font-medium text-red-900">{t("import.fixRows")}</caption>
          <thead className="text-left text-xs text-slate-600">
            <tr>
              <th scope="col" className="p-1 pr-3">{t("import.row")}</th>
              <th scope="col" className="p-1 pr-3">{t("import.column")}</th>
              <th scope="col" className="p-1">{t("import.problem")}</th>
            </tr>
          </thead>
          <tbody>
            {plan.errors.map((e, i) => (
              <tr key={i} className="border-t border-slate-100 align-top">
                <td className="p-1 pr-3 tabular-nums">{e.row}</td>
                <td className="p-1 pr-3 font-mono text-xs" lang="en" translate="no">{e.column}</td>
                <td className="p-1">{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {plan.items.length > 0 && (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm" data-testid="import-changes">
            <caption className="text-left font-medium">{t("import.changes")}</caption>
            <thead className="text-left text-xs text-slate-600">
              <tr>
                <th scope="col" className="p-1 pr-3">{t("import.rows")}</th>
                <th scope="col" className="p-1 pr-3">{t("import.change")}</th>
                <th scope="col" className="p-1 pr-3">{t("import.stance")}</th>
                <th scope="col" className="p-1">{t("import.fields")}</th>
              </tr>
            </thead>
            <tbody>
              {plan.items.map((i) => (
                <tr key={i.rows.join(",")} className="border-t border-slate-100 align-top">
                  <td className="p-1 pr-3 tabular-nums">{i.rows.length > 1 ? `${i.rows[0]}–${i.rows.at(-1)}` : i.rows[0]}</td>
                  <td className="p-1 pr-3">{actionText[i.action]}</td>
                  <td className="p-1 pr-3">
                    {i.series.actor} · <span lang="en" translate="no">{i.series.issue}</span>
                    {i.series.counterpart ? ` ${t("import.toward", { counterpart: i.series.counterpart })}` : ""} · {t("import.from", { date: i.validFrom })}
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
          {!state.reviewRequired && <SubmitButton>{t("import.apply", { count: changes })}</SubmitButton>}
          <SubmitButton name="intent" value="draft" variant={state.reviewRequired ? "primary" : "secondary"}>
            {t("import.applyDrafts")}
          </SubmitButton>
          {applied.status === "error" && <p className="text-sm font-semibold text-red-900">{applied.message}</p>}
        </form>
      ) : (
        plan.errors.length === 0 && <p className="text-sm">{t("import.nothing")}</p>
      )}
    </section>
  );
}
