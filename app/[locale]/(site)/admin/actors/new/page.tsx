import type { Metadata } from "next";
import { Link } from "@/i18n/link";
import { EntityForm } from "@/components/forms/EntityForm";
import { requireEditor } from "../../_lib/auth";
import { actorFields } from "../../_lib/fields";
import { createActorAction } from "../actions";

export const metadata: Metadata = { title: "Add actor" };

export default async function NewActorPage() {
  await requireEditor();
  return (
    <div className="space-y-4">
      <Link href="/admin/actors" className="text-sm text-blue-800 underline">← Actors</Link>
      <h1 className="text-2xl font-semibold tracking-tight">Add an actor</h1>
      <EntityForm action={createActorAction} initial={{ color: "#0072B2", displayOrder: "100" }} version={1} fields={actorFields(true)} submitLabel="Add actor" reloadHref="/admin/actors/new" />
    </div>
  );
}
