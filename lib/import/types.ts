/** What the import's dry run reports, shared by the server (db/mutations/import.ts) and the import form. Pure types. */
import type { z } from "zod";
import type { FieldChange } from "../admin/diff";
import type { AdminMessage } from "../admin/messages";
import type { StanceInput } from "../admin/schemas";

/**
 * What is wrong with a row: a message code, or a value the form's schema refused (the zod issue, turned into text
 * in the reader's language the way the forms' errors are: app/[locale]/(site)/admin/_lib/validation.ts).
 */
export type RowProblem = AdminMessage | { key: "invalidValue"; issue: z.core.$ZodIssue };

export type RowError = { row: number; column: string; problem: RowProblem };

export type PlanItem = {
  action: "create" | "correct" | "unchanged";
  rows: number[];
  series: { actor: string; issue: string; counterpart: string | null };
  validFrom: string;
  changes: FieldChange[];
  /** For corrections: the stance and the version the dry run saw (applying refuses if it moved on). */
  targetId: number | null;
  input: StanceInput;
};

export type ImportPlan = { items: PlanItem[]; errors: RowError[]; counts: { create: number; correct: number; unchanged: number } };

/** The dry run as the form shows it: row errors and field names already in the page's language. */
export type ShownPlan = Omit<ImportPlan, "errors" | "items"> & {
  items: Omit<PlanItem, "input" | "targetId">[];
  errors: { row: number; column: string; message: string }[];
};

/** The import form's state: nothing yet, an error, the dry run of an uploaded file, or the applied import. */
export type ImportState =
  | { status: "idle" }
  | { status: "error"; at: number; message: string }
  | { status: "preview"; at: number; uploadId: number; filename: string; plan: ShownPlan; ignoredColumns: string[]; reviewRequired: boolean }
  | { status: "applied"; at: number; message: string; batch: string };
