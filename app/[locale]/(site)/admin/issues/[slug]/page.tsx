import type { Metadata } from "next";
import { Link } from "@/i18n/link";
import { notFound } from "next/navigation";
import { EntityForm } from "@/components/forms/EntityForm";
import { issueForEdit } from "@/db/queries/admin";
import { requireEditor } from "../../_lib/auth";
import { issueFields } from "../../_lib/fields";
import { SavedBanner } from "../../_lib/saved";
import { updateIssueAction } from "../actions";

export const metadata: Metadata = { title: "Edit issue" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditIssuePage({ params, searchParams }: Props) {
  await requireEditor();
  const { slug } = await params;
  const sp = await searchParams;
  const issue = /^[a-z0-9-]{1,60}$/.test(slug) ? issueForEdit(slug) : null;
  if (!issue) notFound();
  return (
    <div className="space-y-4">
      <Link href="/admin/issues" className="text-sm text-blue-800 underline">← Issues</Link>
      <h1 className="text-2xl font-semibold tracking-tight">{issue.title}</h1>
      <p className="text-sm text-slate-600">Version {issue.version}. <Link href={`/admin/audit?entity=issue&id=${issue.id}`} className="text-blue-800 underline">Changes in the audit log</Link></p>
      <SavedBanner message={sp.saved ? "Saved. Every page and the API show it on the next request." : null} />
      <EntityForm
        action={updateIssueAction.bind(null, slug)}
        initial={{ slug: issue.slug, title: issue.title, cluster: issue.cluster, definition: issue.definition, displayOrder: String(issue.displayOrder), scale: issue.scale }}
        version={issue.version}
        fields={issueFields(false)}
        submitLabel="Save issue"
        reloadHref={`/admin/issues/${slug}`}
      />
    </div>
  );
}
