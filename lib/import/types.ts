/** What the import's dry run reports, shared by the server (db/mutations/import.ts) and the import form. Pure types. */
import type { FieldChange } from "../admin/diff";
import type { StanceInput } from "../admin/schemas";

export type RowError = { row: number; column: string; message: string };

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


/** The import form's state: nothing yet, an error, the dry run of an uploaded file, or the applied import. */
export type ImportState =
  | { status: "idle" }
  | { status: "error"; at: number; message: string }
  | { status: "preview"; at: number; uploadId: number; filename: string; plan: ImportPlan; ignoredColumns: string[]; reviewRequired: boolean }
  | { status: "applied"; at: number; message: string; batch: string };
