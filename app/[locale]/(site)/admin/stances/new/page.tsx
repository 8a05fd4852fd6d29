import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { localizeHref } from "@/lib/i18n/paths";
import { reviewRequired } from "@/db/mutations/drafts";
import { Link } from "@/i18n/link";
import { StanceForm } from "@/components/forms/StanceForm";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { listActors, listIssues } from "@/db/queries/reference";
import { parseAll, parseChoice, parseErrorText } from "@/lib/params";
import { requireEditor } from "../../_lib/auth";
import { createStanceAction } from "../actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminStance" });
  return { title: t("newTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Step 1: pick the series (a plain GET form, kept in the URL); step 2: the stance form. */
export default async function NewStancePage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  await requireEditor();
  const t = await getTranslations("AdminStance");
  const sp = await searchParams;
  const actors = listActors(locale);
  const issues = listIssues(locale);
  const series = parseAll({
    actor: parseChoice("actor", sp.actor, actors.map((a) => a.code)),
    issue: parseChoice("issue", sp.issue, issues.map((i) => i.slug)),
    counterpart: parseChoice("counterpart", sp.counterpart, actors.map((a) => a.code)),
  });
  if (!series.ok) return <ErrorPanel message={parseErrorText([series], await getTranslations("Errors"))} back={{ href: localizeHref(locale, "/admin/stances/new"), label: t("startAgain") }} />;
  const { actor, issue, counterpart } = series.value;
  const chosen = issue ? issues.find((i) => i.slug === issue) : undefined;
  const select = "mt-1 block rounded border border-slate-400 bg-white px-2 py-1.5 text-sm";
  return (
    <div className="space-y-4">
      <Link href="/admin" className="text-sm text-blue-800 underline">{t("back2")}</Link>
      <h1 className="text-2xl font-semibold tracking-tight">{t("newTitle")}</h1>
      <p className="max-w-3xl text-sm text-slate-600">{t("newIntro")}</p>
      <form method="get" autoComplete="off" data-url-form action={localizeHref(locale, "/admin/stances/new")} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3" aria-label={t("chooseSeries")}>
        <div>
          <label htmlFor="new-actor" className="text-sm font-medium">{t("actor")}</label>
          <select id="new-actor" name="actor" defaultValue={actor ?? ""} className={select}>
            <option value="">{t("choose")}</option>
            {actors.map((a) => <option key={a.code} value={a.code}>{a.shortName}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="new-issue" className="text-sm font-medium">{t("issue")}</label>
          <select id="new-issue" name="issue" defaultValue={issue ?? ""} className={`${select} max-w-[16rem]`}>
            <option value="">{t("choose")}</option>
            {issues.map((i) => <option key={i.slug} value={i.slug}>{i.title}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="new-counterpart" className="text-sm font-medium">{t("counterpart")}</label>
          <select id="new-counterpart" name="counterpart" defaultValue={counterpart ?? ""} className={select}>
            <option value="">{t("nobody")}</option>
            {actors.map((a) => <option key={a.code} value={a.code}>{a.shortName}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded bg-slate-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-slate-700">{t("continue")}</button>
      </form>
      {actor && chosen && (
        <StanceForm
          review={reviewRequired() ? "required" : "optional"}
          action={createStanceAction.bind(null, { actor, issue: chosen.slug, counterpart: counterpart ?? null })}
          initial={{ mode: "new", validFrom: "", position: "none", salience: "3", confidence: "medium", summary: "", summaryKo: "", note: "", noteKo: "", evidence: [{}] }}
          version={1}
          validFrom=""
          creating
          scale={chosen.scale.map((p) => p.label)}
          reloadHref={localizeHref(locale, `/admin/stances/new?actor=${actor}&issue=${chosen.slug}`)}
        />
      )}
    </div>
  );
}
