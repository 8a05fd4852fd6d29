import type { Metadata } from "next";
import { Link } from "@/i18n/link";
import { EntityForm } from "@/components/forms/EntityForm";
import { requireEditor } from "../../_lib/auth";
import { issueFields } from "../../_lib/fields";
import { createIssueAction } from "../actions";

export const metadata: Metadata = { title: "Add issue" };

export default async function NewIssuePage() {
  await requireEditor();
  return (
    <div className="space-y-4">
      <Link href="/admin/issues" className="text-sm text-blue-800 underline">← Issues</Link>
      <h1 className="text-2xl font-semibold tracking-tight">Add an issue</h1>
      <p className="max-w-3xl text-sm text-slate-600">Every issue has a neutral definition and a label for each of the five points: −2 is the pressure pole, +2 the engagement pole.</p>
      <EntityForm action={createIssueAction} initial={{ cluster: "denuclearization", displayOrder: "100" }} version={1} fields={issueFields(true)} submitLabel="Add issue" reloadHref="/admin/issues/new" />
    </div>
  );
}
