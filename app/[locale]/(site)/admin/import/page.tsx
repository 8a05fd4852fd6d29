import type { Metadata } from "next";
import { ImportForm } from "@/components/forms/ImportForm";
import { requireEditor } from "../_lib/auth";
import { applyImportAction, previewImportAction } from "./actions";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  await requireEditor();
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Import stances from a spreadsheet</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          Upload the long format of the export (Export → Excel or long CSV on the matrix, or <code>/api/v1/matrix.xlsx</code>),
          edited in Excel: one row per stance and evidence item. A row whose actor, issue, counterpart and <code>valid_from</code>{" "}
          match a stance corrects it when its values differ; a new <code>valid_from</code> records a new dated stance. The check
          shows what would change and every row error; applying writes all of it in one go, or nothing.
        </p>
      </div>
      <ImportForm preview={previewImportAction} apply={applyImportAction} />
    </div>
  );
}
