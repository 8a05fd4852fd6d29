import type { Metadata } from "next";
import { ClientMessages } from "@/i18n/client";
import { Link } from "@/i18n/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { localizeHref } from "@/lib/i18n/paths";
import { IssueBarChart } from "@/components/charts/IssueBarChart";
import { PairTimelineChart } from "@/components/charts/PairTimelineChart";
import { AsOfControl } from "@/components/matrix/AsOfControl";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { HorizonNotice } from "@/components/ui/HorizonNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { MixedText } from "@/components/stances/MixedText";
import { HISTORY_START, markerEvents } from "@/db/queries/divergence";
import { CHART_MAX_BARS, domainText, formatPosition, isUnsourced } from "@/lib/domain";
import { formatDate, todayIso } from "@/lib/dates";
import { clusterColor, divergenceFill } from "@/lib/palette";
import { parseDateParam, parseErrorText } from "@/lib/params";
import { issueHref } from "@/lib/nav-context";
import * as cached from "@/db/cached";
import { distinctSteps } from "@/lib/steps";
import { thinTimeline } from "@/lib/timeline";
import { ChangeTable, type ChangeRow } from "./ChangeTable";
import { josa } from "@/lib/i18n/josa";

/** Rows of the change table and lines of the chart over time; beyond them the page would grow with the dataset. */
const MAX_CHANGES = 100;
const MAX_LINES = 6;

type Props = { params: Promise<{ code: string; locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params as LocaleParams);
  const { code } = await params;
  const t = await getTranslations({ locale, namespace: "Actor" });
  return { title: (await cached.listActors(locale)).find((a) => a.code === code)?.shortName ?? t("notFound") };
}

export default async function ActorPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params as LocaleParams);
  const { code } = await params;
  const sp = await searchParams;
  const today = todayIso();
  if (!(await cached.listActors(locale)).some((a) => a.code === code)) notFound();
  const [t, te, ts, d] = await Promise.all([getTranslations("Actor"), getTranslations("Errors"), getTranslations("Stances"), getTranslations("Domain").then(domainText)]);
  const scaleLabel = d.scaleLabel;
  const fd = (iso: string) => formatDate(iso, locale);
  const asOf = parseDateParam("asOf", sp.asOf, today);
  if (!asOf.ok)
    return (
      <div className="space-y-4">
        <PageHeader title={t("eyebrow")} />
        <ErrorPanel title={te("panelTitle")} message={parseErrorText([asOf], te)} back={{ href: localizeHref(locale, `/actors/${code}`), label: t("back") }} />
      </div>
    );
  const profile = await cached.getActorProfile(code, asOf.value, locale);
  if (!profile) notFound();
  const { actor, actors, issues, cells, neighbours, changes } = profile;
  const [events, horizon] = await Promise.all([cached.listEvents(locale), cached.getCodingHorizon()]);
  const name = new Map(actors.map((a) => [a.code, a.shortName]));
  const toward = (c: string) => t("toward", { actor: name.get(c) ?? c });
  const issueBy = new Map(issues.map((i) => [i.slug, i]));
  const positionBars = issues.flatMap((i) => {
    const here = cells.filter((c) => c.issue === i.slug);
    if (here.length === 0) return [{ key: i.slug, label: i.title, value: null, color: clusterColor(i.cluster), text: "–", detail: d.noStatedPosition }];
    return here.map((c) => ({
      key: `${i.slug}-${c.counterpart ?? ""}`,
      label: c.counterpart ? `${i.title} → ${name.get(c.counterpart)}` : i.title,
      value: c.position,
      color: clusterColor(i.cluster),
      text: c.position === null ? "–" : formatPosition(c.position),
      detail: `${scaleLabel(i.scale.map((p) => p.label), c.position)}${c.confidence === "low" ? ` ${t("lowConfidenceMark")}` : ""}`,
    }));
  });
  const salience = cells
    .map((c) => ({
      key: `${c.issue}-${c.counterpart ?? ""}`,
      label: c.counterpart ? `${issueBy.get(c.issue)!.title} → ${name.get(c.counterpart)}` : issueBy.get(c.issue)!.title,
      value: c.salience,
      color: actor.color,
      text: `${c.salience}/5`,
      detail: c.position === null ? d.noStatedPosition : formatPosition(c.position),
    }))
    .sort((x, y) => y.value - x.value);
  // Many issues (a large dataset): the charts show the most salient ones, the tables and CSV keep everything.
  const mostSalient = new Set(salience.slice(0, CHART_MAX_BARS).map((s) => s.key));
  const manyIssues = positionBars.length > CHART_MAX_BARS;
  const shownChanges = changes.slice(-MAX_CHANGES);
  // The change table's distinct notes, each sent once (a recoding note recurs on many issues).
  const notes: string[] = [];
  const noteIndex = (note: string) => (notes.includes(note) ? notes.indexOf(note) : notes.push(note) - 1);
  const changeRows = shownChanges.map((c): ChangeRow => {
    const labels = issueBy.get(c.issue)!.scale.map((p) => p.label);
    return [
      fd(c.date),
      issueHref(c.issue, c.after?.validFrom, c.after?.id),
      issueBy.get(c.issue)!.title,
      c.counterpart ? toward(c.counterpart) : null,
      c.before ? `${formatPosition(c.before.position)} ${scaleLabel(labels, c.before.position)}` : "—",
      c.after ? `${formatPosition(c.after.position)} ${scaleLabel(labels, c.after.position)}` : d.noStatedPosition,
      !!c.after && isUnsourced({ position: c.after.position, evidenceCount: c.after.evidence.length }),
      c.after?.note ? noteIndex(c.after.note) : -1,
      d.direction[c.direction],
    ];
  });
  const fixed = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const ranked = [...neighbours].sort((x, y) => (x.value ?? 2) - (y.value ?? 2));
  // With many actors, the chart over time follows the three nearest and the three farthest (29 lines are unreadable).
  const rankedWithValue = ranked.filter((n) => n.value !== null);
  const followed =
    actors.length - 1 <= MAX_LINES
      ? actors.filter((a) => a.code !== code).map((a) => a.code)
      : [...new Set([...rankedWithValue.slice(0, MAX_LINES / 2), ...rankedWithValue.slice(-MAX_LINES / 2)].map((n) => n.code))];
  const others = followed.map((c) => [code, c] as [string, string]);
  const timelines = (await cached.getDivergenceTimelines({ pairs: others, from: HISTORY_START, to: today })).map((t) => ({ a: t.a, b: t.b, points: distinctSteps(thinTimeline(t.points)) }));
  // The markers as the chart shows them: number, date and title (not the events' actors).
  const markers = markerEvents(events, HISTORY_START, today).map((m) => ({ key: m.key, date: m.date, title: m.title }));

  return (
    // The charts are client components with their texts ("Chart"); their Export menus bring their own.
    <ClientMessages namespaces={["Chart"]}>
    <div className="space-y-4">
      <PageHeader
        eyebrow={t("eyebrow")}
        share={{ path: `/actors/${encodeURIComponent(code)}`, pinned: { asOf: asOf.value } }}
        title={
          <span className="flex items-center gap-2">
            <span aria-hidden className="inline-block h-4 w-4 rounded-full" style={{ backgroundColor: actor.color }} />
            {actor.name}
          </span>
        }
      >
        <p>
          <MixedText text={actor.description} />
        </p>
        <p className="mt-1" data-testid="view-date">
          {t("positionsAsOf", { date: fd(asOf.value) })}
        </p>
      </PageHeader>
      <HorizonNotice horizon={horizon} asOf={asOf.value} />
      <AsOfControl
        action={`/actors/${code}`}
        asOf={asOf.value}
        today={today}
        events={events}
        allEvents="/timeline"
        allEventsText={t("allEvents", { count: events.length })}
      />

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          {cells.length === 0 ? (
            <p className="text-sm italic text-slate-600">{t("noStance", { actor: actor.shortName, date: fd(asOf.value) })}</p>
          ) : (
            <IssueBarChart
              name="actor-positions"
              title={t("positionsAsOf", { date: fd(asOf.value) })}
              note={`${t("positionsNote")}${manyIssues ? ` ${t("positionsNoteMany", { shown: CHART_MAX_BARS, total: positionBars.length })}` : ""}`}
              bars={manyIssues ? positionBars.filter((b) => mostSalient.has(b.key)) : positionBars}
              domain={[-2.6, 2.6]}
              ticks={[-2, -1, 0, 1, 2]}
              tickFormat="signed"
              valueHeader={t("position")}
              zeroLine
              legend={d.clusters.map((c) => ({ label: c.label, color: clusterColor(c.id) }))}
              exportAs={{
                title: t("positionsExportTitle", { actor: actor.shortName }),
                subtitle: t("positionsExportSubtitle", { actor: actor.name, date: fd(asOf.value) }),
                asOf: asOf.value,
                horizon,
                view: "actor-positions",
                subject: actor.code,
                csv: {
                  header: ["as_of", "actor", "issue", "counterpart", "position", "salience", "confidence"],
                  rows: cells.map((c) => [asOf.value, actor.code, c.issue, c.counterpart, c.position, c.salience, c.confidence]),
                },
              }}
            />
          )}
        </section>
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          {salience.length === 0 ? (
            <p className="text-sm italic text-slate-600">{t("noSalience")}</p>
          ) : (
            <IssueBarChart
              name="actor-salience"
              title={t("salienceTitle")}
              note={`${t("salienceNote")}${salience.length > CHART_MAX_BARS ? ` ${t("salienceNoteMany", { shown: CHART_MAX_BARS, total: salience.length })}` : ""}`}
              bars={salience.slice(0, CHART_MAX_BARS)}
              domain={[0, 5]}
              ticks={[0, 1, 2, 3, 4, 5]}
              valueHeader={t("salience")}
              exportAs={{
                title: t("salienceExportTitle", { actor: actor.shortName }),
                subtitle: t("salienceExportSubtitle", { actor: actor.name, date: fd(asOf.value) }),
                asOf: asOf.value,
                horizon,
                view: "actor-salience",
                subject: actor.code,
                csv: {
                  header: ["as_of", "actor", "issue", "counterpart", "salience", "position"],
                  rows: [...cells].sort((x, y) => y.salience - x.salience).map((c) => [asOf.value, actor.code, c.issue, c.counterpart, c.salience, c.position]),
                },
              }}
            />
          )}
        </section>
      </div>

      <section aria-labelledby="near-h" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="near-h" className="font-semibold">
          {t("nearTitle")} <span className="font-normal text-slate-500">{t("asOf", { date: fd(asOf.value) })}</span>
        </h2>
        <p className="mt-0.5 text-xs text-slate-600">{t("nearNote")}</p>
        <ol className="nb" data-testid="neighbours">
          {ranked.map((n, i) => {
            const other = actors.find((a) => a.code === n.code)!;
            const { fill, text } = divergenceFill(n.value);
            return (
              <li key={n.code} data-testid={`neighbour-${n.code}`}>
                <span style={{ backgroundColor: fill, color: text }}>{n.value === null ? "–" : fixed.format(n.value)}</span>
                <span>
                  <b>
                    <i style={{ backgroundColor: other.color }} />
                    {other.shortName}
                    {i === 0 && n.value !== null && <em className="nb-near">{t("nearest")}</em>}
                    {i === ranked.length - 1 && n.value !== null && <em className="nb-far">{t("farthest")}</em>}
                  </b>
                  <small>
                    {n.value === null ? t("noComparable") : t("overIssues", { count: n.compared })} ·{" "}
                    <Link href={`/compare?a=${code}&b=${n.code}&asOf=${asOf.value}`}>{t("compare")}</Link>
                  </small>
                </span>
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="change-h" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="change-h" className="font-semibold">
          {t("changeTitle", { actor: actor.shortName })}
        </h2>
        <PairTimelineChart
          name="actor-divergence-timeline"
          title={
            followed.length < actors.length - 1
              ? josa(t("timelineTitleFew", { actor: actor.shortName, n: MAX_LINES / 2, date: fd(asOf.value), from: fd(HISTORY_START), to: fd(today) }))
              : josa(t("timelineTitle", { actor: actor.shortName, from: fd(HISTORY_START), to: fd(today) }))
          }
          pairs={timelines}
          names={Object.fromEntries(name)}
          markers={markers}
          issueCount={issues.length}
          from={HISTORY_START}
          to={today}
          exportAs={{ horizon, view: "actor-divergence", subject: actor.code, subtitle: josa(t("timelineExportSubtitle", { actor: actor.shortName, from: fd(HISTORY_START), to: fd(today) })) }}
        />
        <ChangeTable
          caption={
            shownChanges.length < changes.length
              ? t("changesLatest", { shown: shownChanges.length, total: changes.length, actor: actor.shortName })
              : t("changesAll", { actor: actor.shortName })
          }
          columns={[t("colDate"), t("colIssue"), t("colFrom"), t("colTo"), t("colDirection")]}
          unsourced={ts("unsourced")}
          coderNote={ts("coderNote")}
          notes={notes}
          rows={changeRows}
        />
      </section>
    </div>
    </ClientMessages>
  );
}
