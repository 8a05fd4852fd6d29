"use client";
/** The small forms of the users page: add a user, disable/enable, reset a password, change your own. */
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, valueAt, type FormState } from "@/lib/admin/forms";
import { FormStatus, SelectField, SubmitButton, TextField } from "./fields";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;

function Secret({ state, label }: { state: FormState; label: string }) {
  if (state.status !== "saved" || !state.secret) return null;
  return (
    <p className="mt-2 text-sm">
      {label}: <code data-testid="generated-password" className="select-all rounded bg-slate-100 px-2 py-1 font-mono text-base">{state.secret}</code>
    </p>
  );
}

export function AddUserForm({ action }: { action: Action }) {
  const t = useTranslations("AdminClient");
  const [state, formAction] = useActionState<FormState, FormData>(action, IDLE);
  const values = state.status === "invalid" || state.status === "error" ? state.values : undefined;
  const errors = state.status === "invalid" ? state.fieldErrors : undefined;
  return (
    <form action={formAction} noValidate key={state.status === "idle" ? "idle" : state.at} className="space-y-3">
      <FormStatus state={state} />
      <Secret state={state} label={t("users.password")} />
      <div className="flex flex-wrap items-start gap-3">
        <TextField name="username" label={t("users.username")} required errors={errors} defaultValue={valueAt(values, "username")} hint={t("users.usernameHint")} />
        <SelectField
          name="role"
          label={t("users.role")}
          errors={errors}
          defaultValue={valueAt(values, "role") || "editor"}
          options={[
            { value: "editor", label: t("users.editor") },
            { value: "admin", label: t("users.admin") },
          ]}
        />
      </div>
      <SubmitButton>{t("users.add")}</SubmitButton>
    </form>
  );
}

export function UserRowActions({ username, disabled, toggle, reset }: { username: string; disabled: boolean; toggle: Action; reset: Action }) {
  const t = useTranslations("AdminClient");
  const [toggled, toggleAction] = useActionState<FormState, FormData>(toggle, IDLE);
  const [resetState, resetAction] = useActionState<FormState, FormData>(reset, IDLE);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <form action={toggleAction}>
          <button type="submit" className="rounded border border-slate-400 px-2 py-1 text-xs font-medium hover:bg-slate-100">
            {disabled ? t("users.enable") : t("users.disable")}<span className="sr-only" lang="en"> {username}</span>
          </button>
        </form>
        <form action={resetAction}>
          <button type="submit" className="rounded border border-slate-400 px-2 py-1 text-xs font-medium hover:bg-slate-100">
            {t("users.reset")}<span className="sr-only"> {t("users.of", { username })}</span>
          </button>
        </form>
      </div>
      <div aria-live="polite" className="text-xs">
        {toggled.status === "saved" && <p className="text-green-900">{toggled.message}</p>}
        {(toggled.status === "error" || toggled.status === "conflict") && <p className="text-red-900">{toggled.message}</p>}
        {toggled.status === "invalid" && <p className="text-red-900">{Object.values(toggled.fieldErrors).flat().join(" ")}</p>}
        {resetState.status === "saved" && <p className="text-green-900">{resetState.message}</p>}
        {(resetState.status === "error" || resetState.status === "conflict") && <p className="text-red-900">{resetState.message}</p>}
        <Secret state={resetState} label={t("users.newPassword")} />
      </div>
    </div>
  );
}

export function ChangePasswordForm({ action }: { action: Action }) {
  const t = useTranslations("AdminClient");
  const [state, formAction] = useActionState<FormState, FormData>(action, IDLE);
  const errors = state.status === "invalid" ? state.fieldErrors : undefined;
  return (
    <form action={formAction} noValidate key={state.status === "idle" ? "idle" : state.at} className="max-w-sm space-y-3">
      <FormStatus state={state} />
      <TextField name="current" label={t("users.current")} type="password" autoComplete="current-password" required errors={errors} />
      <TextField name="next" label={t("users.next")} type="password" autoComplete="new-password" required errors={errors} hint={t("users.nextHint")} />
      <TextField name="confirm" label={t("users.confirm")} type="password" autoComplete="new-password" required errors={errors} />
      <SubmitButton>{t("users.change")}</SubmitButton>
    </form>
  );
}
