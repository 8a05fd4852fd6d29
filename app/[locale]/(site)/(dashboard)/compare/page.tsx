import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/link";
import { ClientMessages } from "@/i18n/client";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { CompareView } from "@/components/compare/CompareView";
import { clusterLabeller } from "@/components/matrix/cluster-label";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { Glossary } from "@/components/ui/Glossary";
import { HorizonNotice } from "@/components/ui/HorizonNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatDate, todayIso } from "@/lib/dates";
import { packStances, type CompareSort } from "@/lib/compare";
import { localizeHref } from "@/lib/i18n/paths";
import { parseChoice, parseCode, parseDateParam } from "@/lib/params";
import { parseScenario, serializeScenario } from "@/lib/scenario";
import * as cached from "@/db/cached";
import { josa } from "@/lib/i18n/josa";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Compare" });
  return { title: t("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ComparePage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations("Compare");
  const date = (iso: string) => formatDate(iso, locale);
  const sp = await searchParams;
  const today = todayIso();
  const actors = await cached.listActors(locale);
  const codes = actors.map((a) => a.code);
  const a = parseCode("a", sp.a, codes, codes.includes("ROK") ? "ROK" : codes[0]);
  const b = parseCode("b", sp.b, codes, codes.includes("JPN") ? "JPN" : codes[1]);
  const asOf = parseDateParam("asOf", sp.asOf, today);
  const asOfB = parseDateParam("asOfB", sp.asOfB, asOf.ok ? asOf.value : today);
  const sort = parseChoice("sort", sp.sort, ["gap", "weighted", "cluster"]);
  const issues = await cached.listIssues(locale);
  const scenario = parseScenario(sp.scenario, { actors: codes, issues: issues.map((i) => i.slug) });
  const errors = [a, b, asOf, asOfB, sort, scenario].filter((p) => !p.ok).map((p) => (p.ok ? "" : p.error));
  if (errors.length || !a.ok || !b.ok || !asOf.ok || !asOfB.ok || !sort.ok || !scenario.ok)
    return (
      <div className="space-y-4">
        <PageHeader title={t("errorTitle")} />
        <ErrorPanel message={errors.join(" ")} back={{ href: "/compare", label: t("errorBack") }} />
      </div>
    );
  if (!a.value || !b.value) return <ErrorPanel title={t("emptyTitle")} message={t("emptyText")} />;

  const [compare, horizon, clusterLabel] = await Promise.all([
    cached.getCompare({ a: a.value, b: b.value, asOf: asOf.value, asOfB: asOfB.value, lang: locale }),
    cached.getCodingHorizon(),
    clusterLabeller(),
  ]);
  const data = compare!;
  const self = a.value === b.value;
  const twoDates = asOf.value !== asOfB.value;
  const query: Record<string, string> = { a: a.value, b: b.value, asOf: asOf.value };
  if (twoDates || sp.asOfB) query.asOfB = asOfB.value;
  const pair = t("pair", { a: data.a.shortName, b: data.b.shortName });
  const packed = packStances(data.cellsA, data.cellsB);

  return (
    <div className="space-y-4">
      <PageHeader
        title={self ? t("selfTitle", { actor: data.a.shortName, dateA: date(asOf.value), dateB: date(asOfB.value) }) : pair}
        eyebrow={t("eyebrow")}
        share={{ path: "/compare", pinned: query, embed: { kind: "compare", title: t("embedTitle", { a: data.a.shortName, b: data.b.shortName }) } }}
      >
        {self ? (
          <p>{t("selfIntro")}</p>
        ) : (
          <p>
            {twoDates
              ? josa(t("introTwoDates", { a: data.a.shortName, b: data.b.shortName, dateA: date(asOf.value), dateB: date(asOfB.value) }))
              : t("intro", { date: date(asOf.value) })}
          </p>
        )}
      </PageHeader>
      <HorizonNotice horizon={horizon} asOf={[asOf.value, asOfB.value]} />

      {/* Keyed by the URL: after a client-side navigation the controls are new, so they show what the URL says. */}
      <form
        key={`${a.value}|${b.value}|${asOf.value}|${sp.asOfB ? asOfB.value : ""}`}
        action={localizeHref(locale, "/compare")}
        method="get" autoComplete="off" data-url-form
        className="no-print flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
        aria-label={t("formLabel")}
      >
        <ActorSelect id="a" label={t("actorA")} value={a.value} actors={actors} />
        <ActorSelect id="b" label={t("actorB")} value={b.value} actors={actors} />
        <div>
          <label htmlFor="asOf" className="block text-xs font-medium text-slate-600">
            {t("asOf")}
          </label>
          <input id="asOf" name="asOf" type="date" defaultValue={asOf.value} min="2017-01-01" max={today} required className="mt-1 rounded border border-slate-300 px-2 py-1.5 text-sm" />
        </div>
        <div>
          <label htmlFor="asOfB" className="block text-xs font-medium text-slate-600">
            {t("asOfB")} <span className="font-normal">{t("optional")}</span>
          </label>
          <input id="asOfB" name="asOfB" type="date" defaultValue={twoDates || sp.asOfB ? asOfB.value : ""} min="2017-01-01" max={today} className="mt-1 rounded border border-slate-300 px-2 py-1.5 text-sm" />
        </div>
        {sort.value && <input type="hidden" name="sort" value={sort.value} />}
        <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
          {t("submit")}
        </button>
        <p className="basis-full text-xs text-slate-600">
          {t.rich("examples", {
            hanoi: (chunks) => (
              <Link className="text-blue-800 underline" href="/compare?a=ROK&b=JPN&asOf=2019-03-01">
                {chunks}
              </Link>
            ),
            launches: (chunks) => (
              <Link className="text-blue-800 underline" href="/compare?a=USA&b=JPN&asOf=2019-06-01">
                {chunks}
              </Link>
            ),
            japan: (chunks) => (
              <Link className="text-blue-800 underline" href="/compare?a=JPN&b=JPN&asOf=2018-05-01&asOfB=2019-06-01">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </form>
      <Glossary />

      {self && !twoDates ? (
        <ErrorPanel
          title={t("sameTitle")}
          message={josa(t("sameText", { actor: data.a.shortName }))}
          back={{ href: `/compare?a=${a.value}&b=${a.value}&asOf=2018-05-01&asOfB=2019-06-01`, label: t("sameBack", { actor: data.a.shortName, dateA: formatDate("2018-05", locale), dateB: formatDate("2019-06", locale) }) }}
        />
      ) : (
        // CompareView's texts and links come from this provider (its locale, its namespaces and those of the what-if
        // editor); the Export menu brings its own texts when it loads.
        <ClientMessages namespaces={["CompareView", "Scenario", "Domain", "Stances"]}>
          <CompareView
            key={`${a.value}|${b.value}|${asOf.value}|${asOfB.value}|${serializeScenario(scenario.value)}`}
            issues={data.issues.map((i) => ({ slug: i.slug, title: i.title, cluster: i.cluster, clusterLabel: clusterLabel(i.cluster), labels: i.scale.map((p) => p.label) }))}
            a={data.a}
            b={data.b}
            cellsA={packed.a}
            cellsB={packed.b}
            notes={packed.notes}
            asOf={asOf.value}
            asOfB={asOfB.value}
            horizon={horizon}
            sort={(sort.value ?? "gap") as CompareSort}
            initialScenario={scenario.value}
            params={query}
          />
        </ClientMessages>
      )}
    </div>
  );
}

function ActorSelect({ id, label, value, actors }: { id: string; label: string; value: string; actors: { code: string; shortName: string }[] }) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value} className="mt-1 rounded border border-slate-300 bg-white px-2 py-1.5 text-sm">
        {actors.map((x) => (
          <option key={x.code} value={x.code}>
            {x.shortName}
          </option>
        ))}
      </select>
    </div>
  );
}
