"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus, SubmitButton, TextField } from "@/components/forms/fields";
import { IDLE, valueAt, type FormState } from "@/lib/admin/forms";
import { signIn } from "./actions";

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("AdminClient");
  const [state, action] = useActionState<FormState, FormData>(signIn, IDLE);
  const values = state.status === "invalid" || state.status === "error" ? state.values : undefined;
  const errors = state.status === "invalid" ? state.fieldErrors : undefined;
  return (
    <form action={action} noValidate className="space-y-4" key={state.status === "idle" ? "idle" : state.at}>
      <FormStatus state={state} />
      {next && <input type="hidden" name="next" value={next} />}
      <TextField name="username" label={t("signIn.username")} autoComplete="username" required errors={errors} defaultValue={valueAt(values, "username")} />
      <TextField name="password" label={t("signIn.password")} type="password" autoComplete="current-password" required errors={errors} />
      <SubmitButton>{t("signIn.submit")}</SubmitButton>
    </form>
  );
}
