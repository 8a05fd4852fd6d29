import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { localizeHref } from "@/lib/i18n/paths";
import { Link } from "@/i18n/link";
import { HorizonNotice } from "@/components/ui/HorizonNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatDate, todayIso } from "@/lib/dates";
import { connection } from "next/server";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { actorHref } from "@/lib/nav-context";
import { parseDateParam, parseErrorText } from "@/lib/params";
import { MixedText } from "@/components/stances/MixedText";
import * as cached from "@/db/cached";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Actors" });
  return { title: t("title") };
}

export default async function ActorsPage({ params, searchParams }: { params: LocaleParams; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await pageLocale(params);
  // Request time, never at build: the build has no database (the reads below are cached until a write).
  await connection();
  const sp = await searchParams;
  const [t, te] = await Promise.all([getTranslations("Actors"), getTranslations("Errors")]);
  const parsed = parseDateParam("asOf", sp.asOf, todayIso());
  if (!parsed.ok) return <ErrorPanel title={te("panelTitle")} message={parseErrorText([parsed], te)} back={{ href: localizeHref(locale, "/actors"), label: t("back") }} />;
  // The as-of date (the analyst's context) travels on to the actor pages; without it, today.
  const today = parsed.value;
  const dated = sp.asOf ? parsed.value : undefined;
  const actors = await cached.listActors(locale);
  const issueCount = (await cached.listIssues(locale)).length;
  const [cells, horizon] = await Promise.all([cached.stancesAsOf(today, { lang: locale }), cached.getCodingHorizon()]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} share={{ path: "/actors" }}>
        <p>{t("intro")}</p>
      </PageHeader>
      <HorizonNotice horizon={horizon} asOf={today} />
      {actors.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          {t.rich("empty", { code: (c) => <code lang="en">{c}</code> })}
        </p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          {actors.map((a) => {
            const stated = new Set(cells.filter((c) => c.actor === a.code && c.position !== null).map((c) => c.issue)).size;
            return (
              <li key={a.code} className="rounded-lg border border-slate-200 bg-white p-4">
                <h2 className="flex items-center gap-2 font-semibold">
                  <span aria-hidden className="inline-block h-3 w-3 rounded-full" style={{ backgroundColor: a.color }} />
                  <Link href={actorHref(a.code, dated)} className="text-blue-800 hover:underline">
                    {a.name}
                  </Link>
                </h2>
                <p className="mt-1 text-sm text-slate-600">
                  <MixedText text={a.description} />
                </p>
                <p className="mt-2 text-xs text-slate-500">
                  {dated
                    ? t("statedOn", { stated, total: issueCount, date: formatDate(today, locale) })
                    : t("statedToday", { stated, total: issueCount, date: formatDate(today, locale) })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
