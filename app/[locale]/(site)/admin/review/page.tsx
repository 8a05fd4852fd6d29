import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import type { AppLocale } from "@/lib/i18n/paths";
import { DraftDecision, ReviewSetting, WithdrawDraft } from "@/components/forms/ReviewForms";
import { draftSubjects, reviewRequired } from "@/db/mutations/drafts";
import { reviewQueue, type DraftView } from "@/db/queries/review";
import { Mixed } from "@/components/stances/Mixed";
import { requireEditor } from "../_lib/auth";
import { diffLabels } from "../_lib/diff-labels";
import { draftSubjectTexts } from "../_lib/summaries";
import { approveDraftAction, sendBackDraftAction, setReviewRequiredAction, withdrawDraftAction } from "./actions";
import { josa } from "@/lib/i18n/josa";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminPages" });
  return { title: t("review.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A moment in UTC, to the minute, in the page's language. */
function formatAt(iso: string, locale: AppLocale): string {
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC", timeZoneName: "short" }).format(new Date(iso));
}

async function Changes({ d, locale }: { d: DraftView; locale: AppLocale }) {
  const t = await getTranslations("AdminPages");
  const label = await diffLabels();
  if (d.changes.length === 0) return <p className="text-sm text-slate-600">{t("review.noChange")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{t("review.changesCaption", { id: String(d.id) })}</caption>
        <thead className="text-left text-xs text-slate-600">
          <tr>
            <th scope="col" className="p-1 pr-3">{t("review.colField")}</th>
            <th scope="col" className="p-1 pr-3">{t("review.colPublic")}</th>
            <th scope="col" className="p-1">{t("review.colProposed")}</th>
          </tr>
        </thead>
        <tbody>
          {d.changes.map(label).map((c) => (
            <tr key={c.field} className="border-t border-slate-100 align-top">
              <th scope="row" className="p-1 pr-3 text-left font-medium">{c.field}</th>
              <td className="p-1 pr-3 text-slate-600 [overflow-wrap:anywhere]"><Mixed text={c.before} locale={locale} /></td>
              <td className="p-1 [overflow-wrap:anywhere]"><Mixed text={c.after} locale={locale} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function ReviewPage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  const user = await requireEditor();
  const t = await getTranslations("AdminPages");
  const kindName = {
    "stance-new": t("review.kind.stance-new"),
    "stance-correct": t("review.kind.stance-correct"),
    "stance-create": t("review.kind.stance-create"),
    "event-create": t("review.kind.event-create"),
    "event-update": t("review.kind.event-update"),
  };
  const sp = await searchParams;
  const idParam = (v: string | string[] | undefined) => (typeof v === "string" && /^\d{1,9}$/.test(v) ? v : null);
  const submitted = idParam(sp.submitted);
  const outcome = idParam(sp.approved)
    ? josa(t("review.approved", { id: idParam(sp.approved)! }))
    : idParam(sp.sentBack)
      ? josa(t("review.sentBack", { id: idParam(sp.sentBack)! }))
      : idParam(sp.withdrawn)
        ? josa(t("review.withdrawn", { id: idParam(sp.withdrawn)! }))
        : null;
  const { pending, sentBack } = reviewQueue();
  const subjects = draftSubjects([...pending, ...sentBack].map((d) => d.id));
  const subjectText = await draftSubjectTexts();
  /** The draft's summary in the page's language, or the stored English one when its stance is gone. */
  const summaryOf = (d: DraftView) => subjectText(subjects.get(d.id)) ?? <span lang="en">{d.summary}</span>;
  const required = reviewRequired();
  const mine = sentBack.filter((d) => d.authorId === user.id);

  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("review.title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          {t("review.intro")} {required ? t("review.required") : t("review.optional")}
        </p>
      </div>
      {submitted && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm font-semibold text-green-900" data-testid="draft-submitted">
          {josa(t("review.submitted", { id: submitted }))}
        </p>
      )}
      {outcome && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm font-semibold text-green-900" data-testid="review-outcome">
          {outcome}
        </p>
      )}
      {user.role === "admin" && (
        <section aria-labelledby="review-setting" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="review-setting" className="font-semibold">{t("review.setting")}</h2>
          <ReviewSetting action={setReviewRequiredAction} required={required} />
        </section>
      )}
      <section aria-labelledby="pending" className="space-y-3">
        <h2 id="pending" className="text-lg font-semibold">{t("review.pending", { count: pending.length })}</h2>
        {pending.length === 0 && <p className="rounded border border-slate-200 bg-white p-4 text-sm">{t("review.none")}</p>}
        {pending.map((d) => (
          <article key={d.id} aria-labelledby={`draft-${d.id}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid={`draft-${d.id}`}>
            <div>
              <h3 id={`draft-${d.id}`} className="font-medium">
                #{d.id} · {summaryOf(d)}
              </h3>
              <p className="text-xs text-slate-600">
                {t.rich("review.proposedBy", {
                  kind: kindName[d.kind],
                  author: d.authorUsername,
                  at: formatAt(d.createdAt, locale),
                  b: (chunks) => <strong lang="en">{chunks}</strong>,
                })}
                {d.importBatch && <> · {t("review.importBatch", { batch: d.importBatch })}</>}
              </p>
            </div>
            {d.stale && (
              <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
                {t("review.stale")}
              </p>
            )}
            <Changes d={d} locale={locale} />
            {d.evidence.length > 0 && (
              <details className="text-sm">
                <summary className="cursor-pointer text-blue-800 underline">{t("review.evidence", { count: d.evidence.length })}</summary>
                <ol className="mt-2 list-decimal space-y-1 pl-5">
                  {d.evidence.map((e, i) => (
                    <li key={i}>
                      <span lang="en">
                        {e.title} ({e.publisher}, {e.publishedOn}){e.url ? <> · <span className="[overflow-wrap:anywhere]">{e.url}</span></> : null}: {e.paraphrase}
                      </span>
                      {e.paraphraseKo && <> · {e.paraphraseKo}</>}
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
          <h2 id="sent-back" className="text-lg font-semibold">{t("review.sentBackTitle", { count: mine.length })}</h2>
          {mine.map((d) => (
            <article key={d.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid={`sent-back-${d.id}`}>
              <h3 className="font-medium">#{d.id} · {summaryOf(d)}</h3>
              <p className="text-xs text-slate-600">
                {t.rich("review.sentBackBy", { reviewer: d.reviewerUsername ?? "", b: (chunks) => <strong lang="en">{chunks}</strong> })}
                {d.decidedAt ? ` · ${formatAt(d.decidedAt, locale)}` : ""}
              </p>
              <blockquote className="mt-2 border-l-4 border-slate-300 pl-3"><Mixed text={d.reviewComment ?? ""} locale={locale} /></blockquote>
              <p className="mt-2 text-slate-600">{t("review.redo")}</p>
            </article>
          ))}
        </section>
      )}
    </div>
  );
}
