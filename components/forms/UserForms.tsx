"use client";
/** The small forms of the users page: add a user, disable/enable, reset a password, change your own. */
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
  const [state, formAction] = useActionState<FormState, FormData>(action, IDLE);
  const values = state.status === "invalid" || state.status === "error" ? state.values : undefined;
  const errors = state.status === "invalid" ? state.fieldErrors : undefined;
  return (
    <form action={formAction} noValidate key={state.status === "idle" ? "idle" : state.at} className="space-y-3">
      <FormStatus state={state} />
      <Secret state={state} label="Password" />
      <div className="flex flex-wrap items-start gap-3">
        <TextField name="username" label="Username" required errors={errors} defaultValue={valueAt(values, "username")} hint="3–40: lowercase letters, digits, . _ -" />
        <SelectField name="role" label="Role" errors={errors} defaultValue={valueAt(values, "role") || "editor"} options={[{ value: "editor", label: "Editor" }, { value: "admin", label: "Admin" }]} />
      </div>
      <SubmitButton>Add user</SubmitButton>
    </form>
  );
}

export function UserRowActions({ username, disabled, toggle, reset }: { username: string; disabled: boolean; toggle: Action; reset: Action }) {
  const [toggled, toggleAction] = useActionState<FormState, FormData>(toggle, IDLE);
  const [resetState, resetAction] = useActionState<FormState, FormData>(reset, IDLE);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <form action={toggleAction}>
          <button type="submit" className="rounded border border-slate-400 px-2 py-1 text-xs font-medium hover:bg-slate-100">
            {disabled ? "Enable" : "Disable"}<span className="sr-only"> {username}</span>
          </button>
        </form>
        <form action={resetAction}>
          <button type="submit" className="rounded border border-slate-400 px-2 py-1 text-xs font-medium hover:bg-slate-100">
            Reset password<span className="sr-only"> of {username}</span>
          </button>
        </form>
      </div>
      <div aria-live="polite" className="text-xs">
        {toggled.status === "saved" && <p className="text-green-900">{toggled.message}</p>}
        {(toggled.status === "error" || toggled.status === "conflict") && <p className="text-red-900">{toggled.message}</p>}
        {toggled.status === "invalid" && <p className="text-red-900">{Object.values(toggled.fieldErrors).flat().join(" ")}</p>}
        {resetState.status === "saved" && <p className="text-green-900">{resetState.message}</p>}
        {(resetState.status === "error" || resetState.status === "conflict") && <p className="text-red-900">{resetState.message}</p>}
        <Secret state={resetState} label="New password" />
      </div>
    </div>
  );
}

export function ChangePasswordForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState<FormState, FormData>(action, IDLE);
  const errors = state.status === "invalid" ? state.fieldErrors : undefined;
  return (
    <form action={formAction} noValidate key={state.status === "idle" ? "idle" : state.at} className="max-w-sm space-y-3">
      <FormStatus state={state} />
      <TextField name="current" label="Current password" type="password" autoComplete="current-password" required errors={errors} />
      <TextField name="next" label="New password" type="password" autoComplete="new-password" required errors={errors} hint="At least 12 characters." />
      <TextField name="confirm" label="New password again" type="password" autoComplete="new-password" required errors={errors} />
      <SubmitButton>Change password</SubmitButton>
    </form>
  );
}
