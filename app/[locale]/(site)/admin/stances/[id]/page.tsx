import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page";
import { localizeHref } from "@/lib/i18n/paths";
import { reviewRequired } from "@/db/mutations/drafts";
import { Link } from "@/i18n/link";
import { notFound } from "next/navigation";
import { Mixed } from "@/components/stances/Mixed";
import { StanceForm } from "@/components/forms/StanceForm";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { stanceForEdit } from "@/db/queries/admin";
import { formatDate } from "@/lib/dates";
import { formatPosition } from "@/lib/domain";
import { parseChoice, parseErrorText } from "@/lib/params";
import { requireEditor } from "../../_lib/auth";
import { saveStance } from "../actions";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminStance" });
  return { title: t("editTitle") };
}

export default async function EditStancePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await requireEditor();
  const t = await getTranslations("AdminStance");
  const ta = await getTranslations("Admin");
  const { id: raw } = await params;
  const sp = await searchParams;
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  const data = Number.isFinite(id) ? stanceForEdit(id, locale) : null;
  if (!data) notFound();
  const { stance } = data;
  // A new stance starts without evidence; `?copyEvidence=1` (the copy button without JavaScript) copies this one's.
  const copyParam = parseChoice("copyEvidence", sp.copyEvidence, ["1"]);
  if (!copyParam.ok) return <ErrorPanel message={parseErrorText([copyParam], await getTranslations("Errors"))} back={{ href: localizeHref(locale, `/admin/stances/${data.id}`), label: t("openThis") }} />;
  // `?mode=correct` (the correction link without JavaScript): the form set to correct this stance, its evidence in.
  const modeParam = parseChoice("mode", sp.mode, ["correct"]);
  if (!modeParam.ok) return <ErrorPanel message={parseErrorText([modeParam], await getTranslations("Errors"))} back={{ href: localizeHref(locale, `/admin/stances/${data.id}`), label: t("openThis") }} />;
  const correcting = modeParam.value === "correct";
  const copyEvidence = !correcting && copyParam.value === "1" && stance.evidence.length > 0;
  const names = { actor: data.actorName, issue: data.issueTitle, counterpart: data.counterpartName ?? "" };
  const series = data.counterpartName ? t("seriesToward", names) : t("series", names);
  const saved = sp.saved === "new" ? t("savedNew") : sp.saved === "corrected" ? t("savedCorrected") : null;

  return (
    <div className="space-y-5">
      <Link href={`/admin?actor=${stance.actor}`} className="text-sm text-blue-800 underline"><Mixed text={t("back", { actor: data.actorName })} locale={locale} /></Link>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">
          <Mixed text={t("heading", { actor: data.actorName, issue: data.issueTitle })} locale={locale} />
          {data.counterpartName && (
            <span className="text-slate-600">
              {" "}
              <Mixed text={t("toward", { counterpart: data.counterpartName })} locale={locale} />
            </span>
          )}
        </h1>
        <p className="mt-1 text-sm text-slate-600">
          {stance.validUntil
            ? t("holdsThrough", { from: formatDate(stance.validFrom, locale), until: formatDate(stance.validUntil, locale) })
            : t("holds", { from: formatDate(stance.validFrom, locale) })}{" "}
          {ta("version", { version: stance.version })}
        </p>
      </div>
      <div aria-live="polite">
        {saved && <p className="rounded border border-green-300 bg-green-50 p-3 text-sm font-semibold text-green-900" data-testid="saved-message">{saved}</p>}
      </div>
      <nav aria-label={t("history")} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
        <h2 className="font-semibold">{t("history")}</h2>
        <ol className="mt-1 flex flex-wrap gap-2">
          {data.history.map((h) => (
            <li key={h.id}>
              {h.id === data.id ? (
                <span aria-current="true" className="inline-block rounded bg-slate-900 px-2 py-0.5 text-white">
                  {formatDate(h.validFrom, locale)}: {formatPosition(h.position)}
                </span>
              ) : (
                <Link href={`/admin/stances/${h.id}`} className="inline-block rounded border border-slate-300 px-2 py-0.5 text-blue-800 underline">
                  {formatDate(h.validFrom, locale)}: {formatPosition(h.position)}
                </Link>
              )}
            </li>
          ))}
        </ol>
        <Link href={`/admin/audit?entity=stance&id=${data.id}`} className="mt-2 inline-block text-blue-800 underline">{t("auditLink")}</Link>
      </nav>
      <StanceForm
        review={reviewRequired() ? "required" : "optional"}
        action={saveStance.bind(null, data.id)}
        initial={{
          mode: correcting ? "correct" : "new",
          validFrom: "",
          position: stance.position === null ? "none" : String(stance.position),
          salience: String(stance.salience),
          confidence: stance.confidence,
          summary: stance.summary,
          summaryKo: stance.summaryKo ?? "",
          note: stance.note ?? "",
          noteKo: stance.noteKo ?? "",
          unsourced: correcting && stance.evidence.length === 0 ? "on" : "",
          evidence: correcting || copyEvidence ? stance.evidence : [{}],
        }}
        previous={{
          label: t("seriesFrom", { series, date: formatDate(stance.validFrom, locale) }),
          evidence: stance.evidence,
          copyHref: localizeHref(locale, `/admin/stances/${data.id}?copyEvidence=1`),
          correctHref: localizeHref(locale, `/admin/stances/${data.id}?mode=correct`),
        }}
        evidenceCopied={copyEvidence}
        version={stance.version}
        validFrom={stance.validFrom}
        scale={data.scale}
        reloadHref={localizeHref(locale, `/admin/stances/${data.id}`)}
      />
    </div>
  );
}
