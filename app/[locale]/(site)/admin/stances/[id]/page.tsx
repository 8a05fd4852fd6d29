import type { Metadata } from "next";
import { reviewRequired } from "@/db/mutations/drafts";
import { Link } from "@/i18n/link";
import { notFound } from "next/navigation";
import { StanceForm } from "@/components/forms/StanceForm";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { stanceForEdit } from "@/db/queries/admin";
import { formatDate } from "@/lib/dates";
import { formatPosition } from "@/lib/domain";
import { parseChoice } from "@/lib/params";
import { requireEditor } from "../../_lib/auth";
import { saveStance } from "../actions";

export const metadata: Metadata = { title: "Edit stance" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditStancePage({ params, searchParams }: Props) {
  await requireEditor();
  const { id: raw } = await params;
  const sp = await searchParams;
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  const data = Number.isFinite(id) ? stanceForEdit(id) : null;
  if (!data) notFound();
  const { stance } = data;
  // A new stance starts without evidence; `?copyEvidence=1` (the copy button without JavaScript) copies this one's.
  const copyParam = parseChoice("copyEvidence", sp.copyEvidence, ["1"]);
  if (!copyParam.ok) return <ErrorPanel message={copyParam.error} back={{ href: `/admin/stances/${data.id}`, label: "Open this stance" }} />;
  const copyEvidence = copyParam.value === "1" && stance.evidence.length > 0;
  const series = `${data.actorName} on ${data.issueTitle}${data.counterpartName ? ` toward ${data.counterpartName}` : ""}`;
  const saved = sp.saved === "new" ? "Recorded the new stance below. The earlier stance stays in the history." : sp.saved === "corrected" ? "Saved the correction. It is in the audit log." : null;

  return (
    <div className="space-y-5">
      <Link href={`/admin?actor=${stance.actor}`} className="text-sm text-blue-800 underline">← All stances of {data.actorName}</Link>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">
          {data.actorName} on {data.issueTitle}
          {data.counterpartName && <span className="text-slate-600"> toward {data.counterpartName}</span>}
        </h1>
        <p className="mt-1 text-sm text-slate-600">
          This stance holds from {formatDate(stance.validFrom)}
          {stance.validUntil ? ` through ${formatDate(stance.validUntil)}` : ""}. Version {stance.version}.
        </p>
      </div>
      <div aria-live="polite">
        {saved && <p className="rounded border border-green-300 bg-green-50 p-3 text-sm font-semibold text-green-900" data-testid="saved-message">{saved}</p>}
      </div>
      <nav aria-label="History of this series" className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
        <h2 className="font-semibold">History of this series</h2>
        <ol className="mt-1 flex flex-wrap gap-2">
          {data.history.map((h) => (
            <li key={h.id}>
              {h.id === data.id ? (
                <span aria-current="true" className="inline-block rounded bg-slate-900 px-2 py-0.5 text-white">
                  {formatDate(h.validFrom)}: {formatPosition(h.position)}
                </span>
              ) : (
                <Link href={`/admin/stances/${h.id}`} className="inline-block rounded border border-slate-300 px-2 py-0.5 text-blue-800 underline">
                  {formatDate(h.validFrom)}: {formatPosition(h.position)}
                </Link>
              )}
            </li>
          ))}
        </ol>
        <Link href={`/admin/audit?entity=stance&id=${data.id}`} className="mt-2 inline-block text-blue-800 underline">Changes to this stance in the audit log</Link>
      </nav>
      <StanceForm
        review={reviewRequired() ? "required" : "optional"}
        action={saveStance.bind(null, data.id)}
        initial={{
          mode: "new",
          validFrom: "",
          position: stance.position === null ? "none" : String(stance.position),
          salience: String(stance.salience),
          confidence: stance.confidence,
          summary: stance.summary,
          note: stance.note ?? "",
          unsourced: "",
          evidence: copyEvidence ? stance.evidence : [{}],
        }}
        previous={{ label: `${series} from ${formatDate(stance.validFrom)}`, evidence: stance.evidence, copyHref: `/admin/stances/${data.id}?copyEvidence=1` }}
        evidenceCopied={copyEvidence}
        version={stance.version}
        validFrom={stance.validFrom}
        scale={data.scale}
        reloadHref={`/admin/stances/${data.id}`}
      />
    </div>
  );
}
