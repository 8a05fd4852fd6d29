"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, valueAt, type FormState } from "@/lib/admin/forms";
import { FormStatus, SubmitButton, TextArea } from "./fields";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;

function Outcome({ state }: { state: FormState }) {
  return (
    <div aria-live="polite" role="status">
      {state.status === "saved" && <p className="text-sm font-semibold text-green-900">{state.message}</p>}
      {state.status === "error" && <p className="text-sm font-semibold text-red-900">{state.message}</p>}
    </div>
  );
}

/** A reviewer's two choices on someone else's draft: approve (publish) or send back with a comment. */
export function DraftDecision({ approve, sendBack, draftId }: { approve: Action; sendBack: Action; draftId: number }) {
  const t = useTranslations("AdminClient");
  const [approved, approveAction] = useActionState<FormState, FormData>(approve, IDLE);
  const [sent, sendBackAction] = useActionState<FormState, FormData>(sendBack, IDLE);
  if (approved.status === "saved" || sent.status === "saved") return <Outcome state={approved.status === "saved" ? approved : sent} />;
  const values = sent.status === "invalid" ? sent.values : undefined;
  return (
    <div className="grid gap-4 md:grid-cols-[auto_1fr]">
      <form action={approveAction} className="space-y-2">
        <SubmitButton>{t("review.approve")}</SubmitButton>
        <Outcome state={approved} />
      </form>
      <form action={sendBackAction} noValidate className="space-y-2">
        <FormStatus state={sent} />
        <TextArea
          name="comment"
          label={t("review.comment", { id: String(draftId) })}
          required
          rows={2}
          errors={sent.status === "invalid" ? sent.fieldErrors : undefined}
          defaultValue={valueAt(values, "comment")}
          hint={t("review.commentHint")}
        />
        <SubmitButton variant="secondary">{t("review.sendBack")}</SubmitButton>
      </form>
    </div>
  );
}

/** The author's own pending draft: only withdrawing it. */
export function WithdrawDraft({ action }: { action: Action }) {
  const t = useTranslations("AdminClient");
  const [state, formAction] = useActionState<FormState, FormData>(action, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      <p className="text-sm text-slate-700">{t("review.yours")}</p>
      {state.status !== "saved" && <SubmitButton variant="secondary">{t("review.withdraw")}</SubmitButton>}
      <Outcome state={state} />
    </form>
  );
}

/** Admin: the review setting. */
export function ReviewSetting({ action, required }: { action: Action; required: boolean }) {
  const t = useTranslations("AdminClient");
  const [state, formAction] = useActionState<FormState, FormData>(action, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="reviewRequired" defaultChecked={required} className="mt-1" />
        <span>{t.rich("review.settingLabel", { b: (chunks) => <span className="font-medium">{chunks}</span> })}</span>
      </label>
      <SubmitButton variant="secondary">{t("review.saveSetting")}</SubmitButton>
      <Outcome state={state} />
    </form>
  );
}
