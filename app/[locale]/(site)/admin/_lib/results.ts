import "server-only";
/** Turning validation and mutation results into form states, the same way for every admin form, in the request's language. */
import { getTranslations } from "next-intl/server";
import type { AdminMessage, MutationResult } from "@/db/mutations/types";
import type { FormState, FormValues } from "@/lib/admin/forms";
import type { z } from "zod";
import { localizedFieldErrors } from "./validation";
import { adminMessages } from "./messages";
import { josa } from "@/lib/i18n/josa";

/** What a form edits, named in conflict messages. */
export type Edited = "actor" | "issue" | "event" | "stance" | "user" | "draft";

export async function invalidInput(error: z.ZodError, values: FormValues): Promise<FormState> {
  const t = await getTranslations("AdminResults");
  return { status: "invalid", at: Date.now(), message: t("invalid"), fieldErrors: await localizedFieldErrors(error), values };
}

/** A form refused before it was read (lib/admin/forms.ts FORM_LIMITS): one message, nothing kept. */
export async function refused(): Promise<FormState> {
  const t = await getTranslations("AdminResults");
  const message = t("refused");
  return { status: "invalid", at: Date.now(), message, fieldErrors: { _form: [message] }, values: {} };
}

/** Arguments bound on the server came back changed or stale. */
export async function refusedBound(): Promise<FormState> {
  const t = await getTranslations("AdminResults");
  return { status: "error", at: Date.now(), message: t("bound"), values: {} };
}

/** The mutations' own field messages (checks only the database can make): codes, said in the request's language. */
async function mutationFieldErrors(fieldErrors: Record<string, AdminMessage[]>): Promise<Record<string, string[]>> {
  const text = await adminMessages();
  return Object.fromEntries(Object.entries(fieldErrors).map(([k, list]) => [k, list.map(text)]));
}

/** For non-ok results; `ok` results are handled by the caller (revalidate, redirect or message). */
export async function failedResult(r: Exclude<MutationResult, { status: "ok" }>, values: FormValues, edited: Edited): Promise<FormState> {
  const t = await getTranslations("AdminResults");
  const what = {
    actor: t("what.actor"),
    issue: t("what.issue"),
    event: t("what.event"),
    stance: t("what.stance"),
    user: t("what.user"),
    draft: t("what.draft"),
  }[edited];
  const at = Date.now();
  switch (r.status) {
    case "invalid":
      return { status: "invalid", at, message: t("invalid"), fieldErrors: await mutationFieldErrors(r.fieldErrors), values };
    case "conflict":
      return { status: "conflict", at, message: josa(t("conflict", { what })), values, current: r.current, currentVersion: r.current?.version ?? 0 };
    case "not-found":
      return { status: "error", at, message: (await adminMessages())(r.message), values };
  }
}

/** "Try again in 30 seconds." after too many failed sign-ins, in the request's language (seconds, or minutes past one). */
export async function retryIn(seconds: number): Promise<string> {
  const t = await getTranslations("AdminPages");
  return seconds >= 60 ? t("signIn.retryMinutes", { minutes: Math.ceil(seconds / 60) }) : t("signIn.retrySeconds", { seconds });
}
