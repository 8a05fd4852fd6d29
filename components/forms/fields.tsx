"use client";
/**
 * Form building blocks for the admin area: a label, the control, a hint and the field's messages, tied
 * together with aria-describedby / aria-invalid so a screen reader announces what is wrong where.
 */
import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";
import type { FieldErrors, FormState } from "@/lib/admin/forms";

const control =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";

export function idFor(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

export function describedBy(name: string, errors: FieldErrors | undefined, hint?: string): string | undefined {
  const ids = [hint ? `${idFor(name)}-hint` : null, errors?.[name]?.length ? `${idFor(name)}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function FieldMessages({ name, errors, hint }: { name: string; errors?: FieldErrors; hint?: string }) {
  const messages = errors?.[name] ?? [];
  return (
    <>
      {hint && (
        <p id={`${idFor(name)}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      {messages.length > 0 && (
        <p id={`${idFor(name)}-error`} className="mt-1 text-sm font-medium text-red-800">
          {messages.join(" ")}
        </p>
      )}
    </>
  );
}

type Common = {
  name: string;
  label: string;
  errors?: FieldErrors;
  hint?: string;
  className?: string;
  required?: boolean;
  /** The language of the text typed in (content fields: "en" for the English text, "ko" for the Korean one). */
  lang?: "en" | "ko";
  /** A Korean field left empty: marked "not yet translated" beside its label. */
  untranslated?: boolean;
};

/** The "not yet translated" mark of an empty Korean field (and of missing Korean text in the admin lists). */
export function NotTranslated() {
  const t = useTranslations("AdminForm");
  return (
    <span data-testid="not-translated" className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-inset ring-amber-300">
      {t("notTranslated")}
    </span>
  );
}

/** The attributes that tie a control to its label, hint and messages. */
function controlProps({ name, errors, hint, required, lang }: Common) {
  return {
    id: idFor(name),
    name,
    lang,
    "aria-required": required || undefined,
    "aria-invalid": errors?.[name]?.length ? (true as const) : undefined,
    "aria-describedby": describedBy(name, errors, hint),
  };
}

/** One field's shape: the label (with "(required)" where asked), the control, then its hint and messages. */
function Labelled({ field, markRequired = true, children }: { field: Common; markRequired?: boolean; children: React.ReactNode }) {
  const t = useTranslations("AdminForm");
  return (
    <div className={field.className}>
      <label htmlFor={idFor(field.name)} className="block text-sm font-medium text-slate-800">
        {field.label}
        {markRequired && field.required && <span className="text-slate-500"> {t("required")}</span>}
        {field.untranslated && <NotTranslated />}
      </label>
      {children}
      <FieldMessages name={field.name} errors={field.errors} hint={field.hint} />
    </div>
  );
}

export function TextField({
  defaultValue,
  type = "text",
  autoComplete,
  readOnly,
  inputMode,
  placeholder,
  ...field
}: Common & {
  defaultValue?: string;
  type?: "text" | "password" | "url";
  autoComplete?: string;
  readOnly?: boolean;
  inputMode?: "numeric" | "text" | "url";
  placeholder?: string;
}) {
  return (
    <Labelled field={field}>
      <input
        {...controlProps(field)}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        readOnly={readOnly}
        inputMode={inputMode}
        placeholder={placeholder}
        className={`${control} ${readOnly ? "bg-slate-100" : ""}`}
      />
    </Labelled>
  );
}

export function TextArea({ defaultValue, rows = 3, ...field }: Common & { defaultValue?: string; rows?: number }) {
  return (
    <Labelled field={field}>
      <textarea {...controlProps(field)} rows={rows} defaultValue={defaultValue} className={control} />
    </Labelled>
  );
}

export function SelectField({ defaultValue, options, ...field }: Common & { defaultValue?: string; options: { value: string; label: string }[] }) {
  return (
    <Labelled field={field} markRequired={false}>
      <select {...controlProps(field)} defaultValue={defaultValue} className={control}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

/** A group of radio buttons or checkboxes under one legend, with the group's hint and messages. */
export function ChoiceGroup({ name, label, errors, hint, className, children }: Omit<Common, "required"> & { children: React.ReactNode }) {
  return (
    <fieldset aria-describedby={describedBy(name, errors, hint)} className={className}>
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      {children}
      <FieldMessages name={name} errors={errors} hint={hint} />
    </fieldset>
  );
}

export function SubmitButton({ children, name, value, variant = "primary" }: { children: React.ReactNode; name?: string; value?: string; variant?: "primary" | "secondary" | "danger" }) {
  const { pending } = useFormStatus();
  const t = useTranslations("AdminForm");
  const styles = {
    primary: "bg-slate-900 text-white hover:bg-slate-700",
    secondary: "border border-slate-400 bg-white text-slate-900 hover:bg-slate-100",
    danger: "bg-red-800 text-white hover:bg-red-700",
  }[variant];
  return (
    <button type="submit" name={name} value={value} disabled={pending} className={`rounded px-4 py-2 text-sm font-medium disabled:opacity-60 ${styles}`}>
      {pending ? t("saving") : children}
    </button>
  );
}

export type ReviewMode = "optional" | "required";

/**
 * The draft button of the review workflow: beside "publish" when review is optional; alone ("Submit for review")
 * when an admin requires review, with a line saying a second account must approve.
 */
export function ReviewButtons({ required = false }: { required?: boolean }) {
  const t = useTranslations("AdminForm");
  if (!required)
    return (
      <SubmitButton name="intent" value="draft" variant="secondary">
        {t("draft")}
      </SubmitButton>
    );
  return (
    <div className="flex flex-wrap items-center gap-3">
      <SubmitButton name="intent" value="draft">
        {t("submitForReview")}
      </SubmitButton>
      <span className="text-sm text-slate-600">{t("reviewNeeded")}</span>
    </div>
  );
}

/**
 * The row of save buttons: only "Submit for review" when review is required; otherwise the save button with an
 * optional note, and "Save as draft for review" beside it when review is offered (stances and events).
 */
export function SaveButtons({ review, label, note }: { review?: ReviewMode; label: string; note?: string }) {
  if (review === "required") return <ReviewButtons required />;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <SubmitButton>{label}</SubmitButton>
      {note && <span className="text-sm text-slate-600">{note}</span>}
      {review === "optional" && <ReviewButtons />}
    </div>
  );
}

/** The form's status line: announced politely; errors as an alert box, success in green. */
export function FormStatus({ state }: { state: FormState }) {
  return (
    <div aria-live="polite" role="status" className="min-h-0" data-state-at={state.status === "idle" ? 0 : state.at}>
      {state.status === "invalid" && (
        <div className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          <p className="font-semibold">{state.message}</p>
          {state.fieldErrors._form && <p className="mt-1">{state.fieldErrors._form.join(" ")}</p>}
        </div>
      )}
      {state.status === "error" && <p className="rounded border border-red-300 bg-red-50 p-3 text-sm font-semibold text-red-900">{state.message}</p>}
      {state.status === "saved" && <p className="rounded border border-green-300 bg-green-50 p-3 text-sm font-semibold text-green-900">{state.message}</p>}
    </div>
  );
}
