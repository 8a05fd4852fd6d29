import type { Metadata } from "next";
import { Link } from "@/i18n/link";
import { ClientMessages } from "@/i18n/client";
import { CompareView } from "@/components/compare/CompareView";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { Glossary } from "@/components/ui/Glossary";
import { HorizonNotice } from "@/components/ui/HorizonNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { formatDate, todayIso } from "@/lib/dates";
import { toStanceView } from "@/lib/dto";
import type { CompareSort } from "@/lib/compare";
import { parseChoice, parseCode, parseDateParam } from "@/lib/params";
import { parseScenario, serializeScenario } from "@/lib/scenario";
import * as cached from "@/db/cached";

export const metadata: Metadata = { title: "Compare" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const today = todayIso();
  const actors = await cached.listActors();
  const codes = actors.map((a) => a.code);
  const a = parseCode("a", sp.a, codes, codes.includes("ROK") ? "ROK" : codes[0]);
  const b = parseCode("b", sp.b, codes, codes.includes("JPN") ? "JPN" : codes[1]);
  const asOf = parseDateParam("asOf", sp.asOf, today);
  const asOfB = parseDateParam("asOfB", sp.asOfB, asOf.ok ? asOf.value : today);
  const sort = parseChoice("sort", sp.sort, ["gap", "weighted", "cluster"]);
  const issues = await cached.listIssues();
  const scenario = parseScenario(sp.scenario, { actors: codes, issues: issues.map((i) => i.slug) });
  const errors = [a, b, asOf, asOfB, sort, scenario].filter((p) => !p.ok).map((p) => (p.ok ? "" : p.error));
  if (errors.length || !a.ok || !b.ok || !asOf.ok || !asOfB.ok || !sort.ok || !scenario.ok)
    return (
      <div className="space-y-4">
        <PageHeader title="Compare two actors" />
        <ErrorPanel message={errors.join(" ")} back={{ href: "/compare", label: "Compare South Korea and Japan as of today" }} />
      </div>
    );
  if (!a.value || !b.value)
    return <ErrorPanel title="Nothing to compare" message="There are no actors in the database yet. Run npm run db:seed to load the curated dataset." />;

  const [compare, horizon] = await Promise.all([
    cached.getCompare({ a: a.value, b: b.value, asOf: asOf.value, asOfB: asOfB.value }),
    cached.getCodingHorizon(),
  ]);
  const data = compare!;
  const self = a.value === b.value;
  const twoDates = asOf.value !== asOfB.value;
  const params: Record<string, string> = { a: a.value, b: b.value, asOf: asOf.value };
  if (twoDates || sp.asOfB) params.asOfB = asOfB.value;

  return (
    <div className="space-y-4">
      <PageHeader title={self ? `${data.a.shortName}: ${formatDate(asOf.value)} against ${formatDate(asOfB.value)}` : `${data.a.shortName} and ${data.b.shortName}`} eyebrow="Compare"
        share={{ path: "/compare", pinned: params, embed: { kind: "compare", title: `${data.a.shortName} and ${data.b.shortName}, compared` } }}
      >
        {self ? (
          <p>How one government moved: its positions on one date set against another. Pick two different dates below.</p>
        ) : (
          <p>
            Where the two stand on every issue {twoDates ? `(${data.a.shortName} as of ${formatDate(asOf.value)}, ${data.b.shortName} as of ${formatDate(asOfB.value)})` : `as of ${formatDate(asOf.value)}`},
            how far apart, and how much each side cares.
          </p>
        )}
      </PageHeader>
      <HorizonNotice horizon={horizon} asOf={[asOf.value, asOfB.value]} />

      {/* Keyed by the URL: after a client-side navigation the controls are new, so they show what the URL says. */}
      <form key={`${a.value}|${b.value}|${asOf.value}|${sp.asOfB ? asOfB.value : ""}`} action="/compare" method="get" className="no-print flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3" aria-label="Choose what to compare">
        <ActorSelect id="a" label="Actor A" value={a.value} actors={actors} />
        <ActorSelect id="b" label="Actor B" value={b.value} actors={actors} />
        <div>
          <label htmlFor="asOf" className="block text-xs font-medium text-slate-600">
            As of
          </label>
          <input id="asOf" name="asOf" type="date" defaultValue={asOf.value} min="2017-01-01" max={today} required className="mt-1 rounded border border-slate-300 px-2 py-1.5 text-sm" />
        </div>
        <div>
          <label htmlFor="asOfB" className="block text-xs font-medium text-slate-600">
            B as of <span className="font-normal">(optional)</span>
          </label>
          <input id="asOfB" name="asOfB" type="date" defaultValue={twoDates || sp.asOfB ? asOfB.value : ""} min="2017-01-01" max={today} className="mt-1 rounded border border-slate-300 px-2 py-1.5 text-sm" />
        </div>
        {sort.value && <input type="hidden" name="sort" value={sort.value} />}
        <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
          Compare
        </button>
        <p className="basis-full text-xs text-slate-600">
          Try{" "}
          <Link className="text-blue-800 underline" href="/compare?a=ROK&b=JPN&asOf=2019-03-01">
            South Korea and Japan after Hanoi
          </Link>
          ,{" "}
          <Link className="text-blue-800 underline" href="/compare?a=USA&b=JPN&asOf=2019-06-01">
            the US and Japan after the May 2019 launches
          </Link>{" "}
          or{" "}
          <Link className="text-blue-800 underline" href="/compare?a=JPN&b=JPN&asOf=2018-05-01&asOfB=2019-06-01">
            Japan in May 2018 against June 2019
          </Link>
          . Changing the actors starts a new what-if scenario.
        </p>
      </form>
      <Glossary />

      {self && !twoDates ? (
        <ErrorPanel
          title="Same actor, same date"
          message={`Comparing ${data.a.shortName} with itself on one date shows no gaps. Set “B as of” to a second date to see how its positions moved.`}
          back={{ href: `/compare?a=${a.value}&b=${a.value}&asOf=2018-05-01&asOfB=2019-06-01`, label: `${data.a.shortName}: May 2018 against June 2019` }}
        />
      ) : (
        // CompareView's links are next-intl's (client): they take the locale from this provider.
        <ClientMessages namespaces={["Scenario", "Domain", "Stances"]}>
        <CompareView
          key={`${a.value}|${b.value}|${asOf.value}|${asOfB.value}|${serializeScenario(scenario.value)}`}
          issues={data.issues.map((i) => ({ slug: i.slug, title: i.title, cluster: i.cluster, labels: i.scale.map((p) => p.label) }))}
          a={data.a}
          b={data.b}
          cellsA={data.cellsA.map(toStanceView)}
          cellsB={data.cellsB.map(toStanceView)}
          asOf={asOf.value}
          asOfB={asOfB.value}
          horizon={horizon}
          sort={(sort.value ?? "gap") as CompareSort}
          initialScenario={scenario.value}
          params={params}
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
