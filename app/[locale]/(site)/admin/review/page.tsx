import type { Metadata } from "next";
import { DraftDecision, ReviewSetting, WithdrawDraft } from "@/components/forms/ReviewForms";
import { reviewRequired } from "@/db/mutations/drafts";
import { reviewQueue, type DraftView } from "@/db/queries/review";
import { requireEditor } from "../_lib/auth";
import { approveDraftAction, sendBackDraftAction, setReviewRequiredAction, withdrawDraftAction } from "./actions";

export const metadata: Metadata = { title: "Review queue" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function formatAt(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function Changes({ d }: { d: DraftView }) {
  if (d.changes.length === 0) return <p className="text-sm text-slate-600">No field differs from what is public.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">What draft {d.id} changes</caption>
        <thead className="text-left text-xs text-slate-600">
          <tr>
            <th scope="col" className="p-1 pr-3">Field</th>
            <th scope="col" className="p-1 pr-3">Public now</th>
            <th scope="col" className="p-1">Proposed</th>
          </tr>
        </thead>
        <tbody>
          {d.changes.map((c) => (
            <tr key={c.field} className="border-t border-slate-100 align-top">
              <th scope="row" className="p-1 pr-3 text-left font-medium">{c.field}</th>
              <td className="p-1 pr-3 text-slate-600 [overflow-wrap:anywhere]">{c.before}</td>
              <td className="p-1 [overflow-wrap:anywhere]">{c.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function ReviewPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireEditor();
  const sp = await searchParams;
  const idParam = (v: string | string[] | undefined) => (typeof v === "string" && /^\d{1,9}$/.test(v) ? v : null);
  const submitted = idParam(sp.submitted);
  const outcome = idParam(sp.approved)
    ? `Draft #${idParam(sp.approved)} approved and published: the public views show it now.`
    : idParam(sp.sentBack)
      ? `Draft #${idParam(sp.sentBack)} sent back to its author with your comment; nothing was published.`
      : idParam(sp.withdrawn)
        ? `Draft #${idParam(sp.withdrawn)} withdrawn.`
        : null;
  const { pending, sentBack } = reviewQueue();
  const required = reviewRequired();
  const mine = sentBack.filter((d) => d.authorId === user.id);

  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Review queue</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          Drafts are proposed changes to stances and events. They are never shown in the public views, the exports or
          the read API. Another account approves a draft, which publishes it as one audited change naming its author
          and its reviewer, or sends it back with a comment. {required ? "Review is required: every change comes here first." : "Review is optional: editors publish directly unless they save a draft."}
        </p>
      </div>
      {submitted && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm font-semibold text-green-900" data-testid="draft-submitted">
          Saved as draft #{submitted}: it becomes public when another account approves it.
        </p>
      )}
      {outcome && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm font-semibold text-green-900" data-testid="review-outcome">
          {outcome}
        </p>
      )}
      {user.role === "admin" && (
        <section aria-labelledby="review-setting" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="review-setting" className="font-semibold">Setting</h2>
          <ReviewSetting action={setReviewRequiredAction} required={required} />
        </section>
      )}
      <section aria-labelledby="pending" className="space-y-3">
        <h2 id="pending" className="text-lg font-semibold">Waiting for review ({pending.length})</h2>
        {pending.length === 0 && <p className="rounded border border-slate-200 bg-white p-4 text-sm">No drafts are waiting for review.</p>}
        {pending.map((d) => (
          <article key={d.id} aria-labelledby={`draft-${d.id}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid={`draft-${d.id}`}>
            <div>
              <h3 id={`draft-${d.id}`} className="font-medium">
                #{d.id} · {d.summary}
              </h3>
              <p className="text-xs text-slate-600">
                {d.kindLabel} · proposed by <strong>{d.authorUsername}</strong> · {formatAt(d.createdAt)}
                {d.importBatch && <> · import {d.importBatch}</>}
              </p>
            </div>
            {d.stale && (
              <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
                The public version changed after this draft was made: approving it will be refused as a conflict. Send it back.
              </p>
            )}
            <Changes d={d} />
            {d.evidence.length > 0 && (
              <details className="text-sm">
                <summary className="cursor-pointer text-blue-800 underline">Evidence of the draft ({d.evidence.length})</summary>
                <ol className="mt-2 list-decimal space-y-1 pl-5">
                  {d.evidence.map((e, i) => (
                    <li key={i}>
                      {e.title} ({e.publisher}, {e.publishedOn}){e.url ? <> · <span className="[overflow-wrap:anywhere]">{e.url}</span></> : null}: {e.paraphrase}
                    </li>
                  ))}
                </ol>
              </details>
            )}
            {d.authorId === user.id ? (
              <WithdrawDraft action={withdrawDraftAction.bind(null, d.id)} />
            ) : (
              <DraftDecision draftId={d.id} approve={approveDraftAction.bind(null, d.id)} sendBack={sendBackDraftAction.bind(null, d.id)} />
            )}
          </article>
        ))}
      </section>
      {mine.length > 0 && (
        <section aria-labelledby="sent-back" className="space-y-3">
          <h2 id="sent-back" className="text-lg font-semibold">Sent back to you ({mine.length})</h2>
          {mine.map((d) => (
            <article key={d.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid={`sent-back-${d.id}`}>
              <h3 className="font-medium">#{d.id} · {d.summary}</h3>
              <p className="text-xs text-slate-600">Sent back by <strong>{d.reviewerUsername}</strong>{d.decidedAt ? ` · ${formatAt(d.decidedAt)}` : ""}</p>
              <blockquote className="mt-2 border-l-4 border-slate-300 pl-3">{d.reviewComment}</blockquote>
              <p className="mt-2 text-slate-600">Open the stance or event again to make a new draft with the changes asked for.</p>
            </article>
          ))}
        </section>
      )}
    </div>
  );
}
