import "server-only";
/** Turning mutation results into form states, the same way for every admin form. */
import type { MutationResult } from "@/db/mutations/types";
import { fieldErrors as zodFieldErrors, type FormState, type FormValues } from "@/lib/admin/forms";
import type { z } from "zod";

export function invalidInput(error: z.ZodError, values: FormValues): FormState {
  return {
    status: "invalid",
    at: Date.now(),
    message: "Nothing was saved: please correct the fields marked below.",
    fieldErrors: zodFieldErrors(error),
    values,
  };
}

/** For non-ok results; `ok` results are handled by the caller (revalidate, redirect or message). */
export function failedResult(r: Exclude<MutationResult, { status: "ok" }>, values: FormValues): FormState {
  const at = Date.now();
  switch (r.status) {
    case "invalid":
      return { status: "invalid", at, message: "Nothing was saved: please correct the fields marked below.", fieldErrors: r.fieldErrors, values };
    case "conflict":
      return {
        status: "conflict",
        at,
        message: `${r.message} Nothing was saved. Compare their version with yours below.`,
        values,
        current: r.current,
        currentVersion: r.current?.version ?? 0,
      };
    case "not-found":
      return { status: "error", at, message: r.message, values };
  }
}
