import { ShareButton } from "@/components/ui/ShareButton";
import { Link } from "@/i18n/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { domainText } from "@/lib/domain";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { localizeHref } from "@/lib/i18n/paths";
import { connection } from "next/server";
import * as cached from "@/db/cached";
import { HorizonNotice } from "@/components/ui/HorizonNotice";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { formatDate, todayIso } from "@/lib/dates";
import { issueHref } from "@/lib/nav-context";
import { parseDateParam, parseErrorText } from "@/lib/params";
import { MixedText } from "@/components/stances/MixedText";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Issues" });
  return { title: t("title") };
}

export default async function IssuesPage({ params, searchParams }: { params: LocaleParams; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await pageLocale(params);
  // Request time, never at build: the build has no database (the reads below are cached until a write).
  await connection();
  const sp = await searchParams;
  // The as-of date travels on to the issue pages (the analyst's context); without it they show today.
  const [t, te, d] = await Promise.all([getTranslations("Issues"), getTranslations("Errors"), getTranslations("Domain").then(domainText)]);
  const asOf = parseDateParam("asOf", sp.asOf, todayIso());
  if (!asOf.ok) return <ErrorPanel title={te("panelTitle")} message={parseErrorText([asOf], te)} back={{ href: localizeHref(locale, "/issues"), label: t("back") }} />;
  const dated = sp.asOf ? asOf.value : undefined;
  const [issues, horizon] = await Promise.all([cached.listIssues(locale), cached.getCodingHorizon()]);
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <ShareButton target={{ path: "/issues" }} />
        </div>
        <HorizonNotice horizon={horizon} />
        {dated && (
          <p className="text-sm text-slate-600" data-testid="view-date">
            {t("datedNote", { date: formatDate(dated, locale) })}
          </p>
        )}
      </div>
      {d.clusters.map((c) => {
        const list = issues.filter((i) => i.cluster === c.id);
        if (!list.length) return null;
        return (
          <section key={c.id} aria-labelledby={`c-${c.id}`}>
            <h2 id={`c-${c.id}`} className="text-sm font-semibold uppercase tracking-wide text-slate-600">
              {c.label}
            </h2>
            <ul className="mt-2 grid gap-3 md:grid-cols-2">
              {list.map((i) => (
                <li key={i.slug} className="rounded-lg border border-slate-200 bg-white p-3">
                  <Link href={issueHref(i.slug, dated)} className="font-medium text-blue-800 hover:underline">
                    <MixedText text={i.title} />
                  </Link>
                  <p className="mt-1 text-sm text-slate-600">
                    <MixedText text={i.definition} />
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
