"use client";
/**
 * A form driven by a field list, for actors, issues and events: server-validated, input kept on error,
 * the loaded version carried along, and the conflict screen when someone saved in between.
 */
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { IDLE, valueAt, type FormState, type FormValues } from "@/lib/admin/forms";
import { ConflictPanel } from "./ConflictPanel";
import { ChoiceGroup, FormStatus, SaveButtons, SelectField, TextArea, TextField, type ReviewMode } from "./fields";

/** A text field's content language; a Korean field names the English field it `translates` (marked while empty). */
type TextLang = { lang?: "en" | "ko"; translates?: string };

export type FieldSpec =
  | ({ kind: "text"; name: string; label: string; hint?: string; required?: boolean; readOnly?: boolean; inputMode?: "numeric" } & TextLang)
  | ({ kind: "textarea"; name: string; label: string; hint?: string; required?: boolean; rows?: number; half?: boolean } & TextLang)
  | { kind: "select"; name: string; label: string; hint?: string; options: { value: string; label: string }[] }
  | { kind: "colour"; name: string; label: string; hint?: string; options: string[] }
  | { kind: "checkboxes"; name: string; label: string; hint?: string; options: { value: string; label: string }[] };

function listAt(values: FormValues, name: string): string[] {
  const v = values[name];
  return Array.isArray(v) ? v.map(String) : typeof v === "string" && v ? [v] : [];
}

function display(values: FormValues, f: FieldSpec): string {
  if (f.kind === "checkboxes") return listAt(values, f.name).join(", ");
  return valueAt(values, f.name);
}

export function EntityForm({
  action,
  initial,
  version: loadedVersion,
  fields,
  submitLabel,
  reloadHref,
  review,
}: {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  initial: FormValues;
  version: number;
  fields: FieldSpec[];
  submitLabel: string;
  reloadHref: string;
  /** Events only: the review workflow (see StanceForm). Actors and issues are published directly. */
  review?: ReviewMode;
}) {
  const t = useTranslations("AdminForm");
  const [state, formAction] = useActionState<FormState, FormData>(action, IDLE);
  const [reapplied, setReapplied] = useState<{ values: FormValues; version: number; at: number } | null>(null);

  if (state.status === "conflict" && (!reapplied || reapplied.at < state.at)) {
    const theirs = (state.current ?? {}) as FormValues;
    return (
      <ConflictPanel
        message={state.message}
        reloadHref={reloadHref}
        rows={fields.map((f) => ({ field: f.label, theirs: display(theirs, f), yours: display(state.values, f) }))}
        onReapply={() => setReapplied({ values: state.values, version: state.currentVersion, at: state.at })}
      />
    );
  }
  const useReapplied = reapplied && reapplied.at >= (state.status === "idle" ? 0 : state.at);
  const kept = state.status === "invalid" || state.status === "error" ? state.values : null;
  const values = useReapplied ? reapplied.values : (kept ?? initial);
  const version = useReapplied ? reapplied.version : kept ? Number(valueAt(kept, "version")) || loadedVersion : loadedVersion;
  const errors = state.status === "invalid" ? state.fieldErrors : undefined;

  return (
    <form key={useReapplied ? `r${reapplied.at}` : state.status === "idle" ? "idle" : state.at} action={formAction} noValidate className="space-y-4 rounded-lg border border-slate-300 bg-white p-4">
      {useReapplied && (
        <p role="status" className="rounded border border-blue-300 bg-blue-50 p-3 text-sm text-blue-950">
          {t("reapplied")}
        </p>
      )}
      <FormStatus state={state} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((f) => {
          switch (f.kind) {
            case "text":
              return <TextField key={f.name} name={f.name} label={f.label} hint={f.hint} required={f.required} readOnly={f.readOnly} inputMode={f.inputMode} lang={f.lang} untranslated={!!f.translates && !valueAt(values, f.name).trim()} errors={errors} defaultValue={valueAt(values, f.name)} />;
            case "textarea":
              return <TextArea key={f.name} className={f.half ? undefined : "sm:col-span-2"} name={f.name} label={f.label} hint={f.hint} required={f.required} rows={f.rows} lang={f.lang} untranslated={!!f.translates && !valueAt(values, f.name).trim()} errors={errors} defaultValue={valueAt(values, f.name)} />;
            case "select":
              return <SelectField key={f.name} name={f.name} label={f.label} hint={f.hint} options={f.options} errors={errors} defaultValue={valueAt(values, f.name)} />;
            case "colour":
              return (
                <ChoiceGroup key={f.name} name={f.name} label={f.label} hint={f.hint} errors={errors} className="sm:col-span-2">
                  <div className="mt-1 flex flex-wrap gap-2">
                    {f.options.map((c) => (
                      <label key={c} className="flex items-center gap-1.5 rounded border border-slate-300 px-2 py-1 text-sm has-[:checked]:border-slate-900 has-[:checked]:ring-2 has-[:checked]:ring-slate-900">
                        <input type="radio" name={f.name} value={c} defaultChecked={valueAt(values, f.name) === c} />
                        <span aria-hidden className="inline-block h-4 w-4 rounded-sm ring-1 ring-black/20" style={{ backgroundColor: c }} />
                        <span className="font-mono text-xs" lang="zxx">{c}</span>
                      </label>
                    ))}
                  </div>
                </ChoiceGroup>
              );
            case "checkboxes": {
              const chosen = listAt(values, f.name);
              return (
                <ChoiceGroup key={f.name} name={f.name} label={f.label} hint={f.hint} errors={errors} className="sm:col-span-2">
                  <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                    {f.options.map((o) => (
                      <label key={o.value} className="flex items-center gap-1.5 text-sm">
                        <input type="checkbox" name={f.name} value={o.value} defaultChecked={chosen.includes(o.value)} />
                        {o.label}
                      </label>
                    ))}
                  </div>
                </ChoiceGroup>
              );
            }
          }
        })}
      </div>
      <SaveButtons review={review} label={submitLabel} />
    </form>
  );
}
