import type { Metadata } from "next";
import { Link } from "@/i18n/link";
import { notFound } from "next/navigation";
import { EntityForm } from "@/components/forms/EntityForm";
import { actorForEdit } from "@/db/queries/admin";
import { requireEditor } from "../../_lib/auth";
import { actorFields } from "../../_lib/fields";
import { SavedBanner } from "../../_lib/saved";
import { updateActorAction } from "../actions";

export const metadata: Metadata = { title: "Edit actor" };

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditActorPage({ params, searchParams }: Props) {
  await requireEditor();
  const { code } = await params;
  const sp = await searchParams;
  const actor = /^[A-Z]{2,8}$/.test(code) ? actorForEdit(code) : null;
  if (!actor) notFound();
  const { id: _id, version, ...values } = actor;
  void _id;
  return (
    <div className="space-y-4">
      <Link href="/admin/actors" className="text-sm text-blue-800 underline">← Actors</Link>
      <h1 className="text-2xl font-semibold tracking-tight">{actor.name}</h1>
      <p className="text-sm text-slate-600">Version {version}. <Link href={`/admin/audit?entity=actor&id=${actor.id}`} className="text-blue-800 underline">Changes in the audit log</Link></p>
      <SavedBanner message={sp.saved ? "Saved. The matrix and the API show it on the next request." : null} />
      <EntityForm action={updateActorAction.bind(null, code)} initial={{ ...values, displayOrder: String(values.displayOrder) }} version={version} fields={actorFields(false)} submitLabel="Save actor" reloadHref={`/admin/actors/${code}`} />
    </div>
  );
}
