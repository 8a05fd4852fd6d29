import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/link";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { headers } from "next/headers";
import { connection } from "next/server";
import { PageHeader } from "@/components/ui/PageHeader";
import { PositionBadge } from "@/components/stances/PositionBadge";
import * as cached from "@/db/cached";
import { formatDate, todayIso } from "@/lib/dates";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Methodology" });
  return { title: t("title") };
}

const h2 = "text-lg font-semibold tracking-tight";
const section = "scroll-mt-4 space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm leading-relaxed text-slate-800";

/** The site's own address for the citation, from the request (shown as text only); null when the host is unusable. */
async function siteUrl(): Promise<string | null> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (!host || !/^[A-Za-z0-9.:[\]-]+$/.test(host)) return null;
  const proto = h.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}/`;
}

const strong = (c: React.ReactNode) => <strong>{c}</strong>;
const code = (c: React.ReactNode) => <code lang="en">{c}</code>;

/** How the positions are coded and how to read and cite them. */
export default async function MethodologyPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  // Request time, never at build: the build has no database (the horizon is cached until a write).
  await connection();
  const [horizon, url, t] = await Promise.all([cached.getCodingHorizon(), siteUrl(), getTranslations("Methodology")]);
  const today = todayIso();
  const toc = [
    ["coding", t("toc.coding")],
    ["scale", t("toc.scale")],
    ["salience", t("toc.salience")],
    ["confidence", t("toc.confidence")],
    ["divergence", t("toc.divergence")],
    ["sources", t("toc.sources")],
    ["horizon", t("toc.horizon")],
    ["cite", t("toc.cite")],
  ];
  return (
    <article className="space-y-4">
      <PageHeader title={t("title")} eyebrow={t("eyebrow")} share={{ path: "/methodology" }}>
        <p>{t("intro")}</p>
      </PageHeader>
      <nav aria-label={t("tocLabel")} className="no-print flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {toc.map(([id, label]) => (
          <a key={id} href={`#${id}`} className="text-blue-800 underline">
            {label}
          </a>
        ))}
      </nav>

      <section id="coding" aria-labelledby="coding-h" className={section}>
        <h2 id="coding-h" className={h2}>
          {t("coding.title")}
        </h2>
        <p>{t.rich("coding.p1", { strong })}</p>
        <p>{t("coding.p2")}</p>
      </section>

      <section id="scale" aria-labelledby="scale-h" className={section}>
        <h2 id="scale-h" className={h2}>
          {t("scale.title")}
        </h2>
        <p>{t("scale.p1")}</p>
        <ul className="grid gap-2 sm:grid-cols-2">
          <li className="flex items-start gap-2">
            <PositionBadge position={-2} label={t("scale.pressure")} />
          </li>
          <li className="flex items-start gap-2">
            <PositionBadge position={2} label={t("scale.accommodation")} />
          </li>
        </ul>
        <p>{t.rich("scale.p2", { strong })}</p>
      </section>

      <section id="salience" aria-labelledby="salience-h" className={section}>
        <h2 id="salience-h" className={h2}>
          {t("salience.title")}
        </h2>
        <p>{t("salience.p1")}</p>
      </section>

      <section id="confidence" aria-labelledby="confidence-h" className={section}>
        <h2 id="confidence-h" className={h2}>
          {t("confidence.title")}
        </h2>
        <p>{t.rich("confidence.p1", { strong })}</p>
      </section>

      <section id="divergence" aria-labelledby="divergence-h" className={section}>
        <h2 id="divergence-h" className={h2}>
          {t("divergence.title")}
        </h2>
        <p>{t.rich("divergence.p1", { strong })}</p>
      </section>

      <section id="sources" aria-labelledby="sources-h" className={section}>
        <h2 id="sources-h" className={h2}>
          {t("sources.title")}
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t.rich("sources.evidence", { cite: (c) => <cite lang="en">{c}</cite> })}</li>
          <li>
            {t.rich("sources.unsourced", {
              mark: (c) => <span className="rounded border border-dashed border-slate-500 px-1 text-xs font-semibold uppercase">{c}</span>,
            })}
          </li>
          <li>
            {t.rich("sources.later", {
              mark: (c) => <span className="rounded bg-violet-100 px-1 text-xs font-medium text-violet-900">{c}</span>,
              example: formatDate("2019-03-01", locale),
              report: formatDate("2019-06", locale),
            })}
          </li>
        </ul>
      </section>

      <section id="horizon" aria-labelledby="horizon-h" className={section}>
        <h2 id="horizon-h" className={h2}>
          {t("horizon.title")}
        </h2>
        <p>
          <strong data-testid="methodology-horizon">{horizon === null ? t("horizon.none") : t("horizon.through", { date: formatDate(horizon, locale) })}</strong>
          {t.rich("horizon.p1", { code })}
        </p>
        <p>{t.rich("horizon.p2", { strong, horizon: horizon ?? "…" })}</p>
      </section>

      <section id="cite" aria-labelledby="cite-h" className={section}>
        <h2 id="cite-h" className={h2}>
          {t("cite.title")}
        </h2>
        <p>{t("cite.p1")}</p>
        <p className="rounded border border-slate-200 bg-slate-50 p-3 font-mono text-xs" data-testid="citation">
          {t.rich("cite.citation", {
            horizon: horizon ?? t("cite.noHorizon"),
            url: url ?? t("cite.noUrl"),
            accessed: today,
            address: (c) => <span lang={url ? "en" : undefined}>{c}</span>,
          })}
        </p>
        <p>{t("cite.p2", { date: formatDate(today, locale) })}</p>
      </section>

      <p className="text-sm">
        <Link href="/" className="text-blue-800 underline">
          {t("backToMatrix")}
        </Link>
      </p>
    </article>
  );
}
