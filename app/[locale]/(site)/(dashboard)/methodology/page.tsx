import type { Metadata } from "next";
import { Link } from "@/i18n/link";
import { headers } from "next/headers";
import { connection } from "next/server";
import { PageHeader } from "@/components/ui/PageHeader";
import { PositionBadge } from "@/components/stances/PositionBadge";
import * as cached from "@/db/cached";
import { formatDate, todayIso } from "@/lib/dates";
import { citation, horizonText } from "@/lib/horizon";

export const metadata: Metadata = { title: "Methodology" };

const h2 = "text-lg font-semibold tracking-tight";
const section = "scroll-mt-4 space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm leading-relaxed text-slate-800";

/** The site's own address for the citation, from the request (shown as text only). */
async function siteUrl(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (!host || !/^[A-Za-z0-9.:[\]-]+$/.test(host)) return "the Stance Atlas address";
  const proto = h.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}/`;
}

/** How the positions are coded and how to read and cite them. */
export default async function MethodologyPage() {
  // Request time, never at build: the build has no database (the horizon is cached until a write).
  await connection();
  const [horizon, url] = await Promise.all([cached.getCodingHorizon(), siteUrl()]);
  const today = todayIso();
  return (
    <article className="space-y-4">
      <PageHeader title="Methodology" eyebrow="How to read and cite Stance Atlas" share={{ path: "/methodology" }}>
        <p>
          How positions are coded, what the scale and its poles mean, salience and confidence, how divergence is computed,
          which sources count, how far the coding reaches, and how to cite the dashboard.
        </p>
      </PageHeader>
      <nav aria-label="On this page" className="no-print flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {[
          ["coding", "Coding"],
          ["scale", "Scale and poles"],
          ["salience", "Salience"],
          ["confidence", "Confidence"],
          ["divergence", "Divergence"],
          ["sources", "Sources"],
          ["horizon", "Coding horizon"],
          ["cite", "How to cite"],
        ].map(([id, label]) => (
          <a key={id} href={`#${id}`} className="text-blue-800 underline">
            {label}
          </a>
        ))}
      </nav>

      <section id="coding" aria-labelledby="coding-h" className={section}>
        <h2 id="coding-h" className={h2}>
          How stances are coded
        </h2>
        <p>
          A <strong>stance</strong> is one actor&apos;s position on one issue from a date: a point on the issue&apos;s
          five-point scale (or “no stated position”), a salience, a confidence, a one-paragraph summary and the dated
          evidence behind it. Coders read public statements, agreements, official documents and reporting, paraphrase
          them, quote only what they have checked, and pick the scale point whose label fits best. A stance holds from
          its start date until the next stance of the same actor on the same issue, or through an explicit end date
          given by the sources (after which the actor has no stated position). History is never overwritten: a change of
          course is a new dated stance. Where an actor&apos;s position differs by counterpart (the DPRK on summits with
          Washington, Seoul and Tokyo), the stance names the counterpart.
        </p>
        <p>
          The codings are proposals for analysts to review, not facts. A coder&apos;s note says what was inferred,
          why a row is carried forward, or why a stance has no source.
        </p>
      </section>

      <section id="scale" aria-labelledby="scale-h" className={section}>
        <h2 id="scale-h" className={h2}>
          The scale and its poles
        </h2>
        <p>Every issue has five labelled points, −2 to +2, and one orientation:</p>
        <ul className="grid gap-2 sm:grid-cols-2">
          <li className="flex items-start gap-2">
            <PositionBadge position={-2} label="pressure / maximal-demands pole" />
          </li>
          <li className="flex items-start gap-2">
            <PositionBadge position={2} label="accommodation pole" />
          </li>
        </ul>
        <p>
          −2 is the <strong>pressure / maximal-demands pole</strong> (full demands first: denuclearization before
          anything else, sanctions kept until then, no concession up front); +2 is the <strong>accommodation pole</strong>{" "}
          (reciprocal, step-by-step concessions, engagement without preconditions); 0 is the middle. The orientation lets
          positions be compared and averaged, but <strong>each issue&apos;s own point labels carry the meaning</strong>:
          read the label, not just the number. +2 is not “the DPRK&apos;s side”: since 2023 the DPRK itself sits at −2 on
          inter-Korean cooperation and on summits with Seoul and Tokyo, having declared the South a hostile state. Each
          issue page shows its full scale.
        </p>
      </section>

      <section id="salience" aria-labelledby="salience-h" className={section}>
        <h2 id="salience-h" className={h2}>
          Salience
        </h2>
        <p>
          Salience, 1 to 5, is how much the issue matters to the actor at that time: 5 is a top priority stated by
          leaders and pressed in negotiations, 1 an issue it rarely raises. The matrix shows it as dots. It weighs issues
          in the divergence measure.
        </p>
      </section>

      <section id="confidence" aria-labelledby="confidence-h" className={section}>
        <h2 id="confidence-h" className={h2}>
          Confidence
        </h2>
        <p>
          Each coding is high, medium or low confidence. <strong>High</strong>: the position is stated explicitly in a
          primary source. <strong>Medium</strong>: it follows clearly from statements or conduct. <strong>Low</strong>:
          it is inferred from thin or indirect evidence, or carried forward without a new statement. Low-confidence
          codings are framed with a dashed line and tagged everywhere they appear.
        </p>
      </section>

      <section id="divergence" aria-labelledby="divergence-h" className={section}>
        <h2 id="divergence-h" className={h2}>
          Divergence
        </h2>
        <p>
          For two actors, on every issue where <strong>both</strong> state a position, the gap is the distance between
          their positions divided by 4, so it runs from 0 (same point) to 1 (opposite poles). Each issue is weighted by
          the mean salience of the two actors. Divergence is the weighted mean of the gaps: the sum of weight × gap over
          the compared issues, divided by the sum of the weights, again from 0 to 1. Issues where either side has no
          stated position are left out, not counted as agreement; with no comparable issue divergence is undefined
          (“no comparable issues”). A directed stance (toward a counterpart) is used when the other actor is that
          counterpart. The consultation agenda lists the issues with the largest weighted gaps.
        </p>
      </section>

      <section id="sources" aria-labelledby="sources-h" className={section}>
        <h2 id="sources-h" className={h2}>
          Source policy
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            Every stance cites dated evidence: source title, publisher, publication date (day, or month or year where
            the source gives no day), a link where one exists, a paraphrase, and an exact quote only where it was
            checked against the source. The primary source is <cite>IFANS Focus, YOON Sukjung, 2021-02-03</cite>, cited
            where it speaks.
          </li>
          <li>
            A stance with no supporting source is shown as{" "}
            <span className="rounded border border-dashed border-slate-500 px-1 text-xs font-semibold uppercase">Unsourced</span> in the
            matrix, the comparison and the exports, with the coder&apos;s note saying why. It is never given a source
            borrowed from another stance.
          </li>
          <li>
            Analysts may use a source published after a position&apos;s date to code that position (a later memoir or
            report can document an earlier stance). Views of a past date keep such sources but mark them{" "}
            <span className="rounded bg-violet-100 px-1 text-xs font-medium text-violet-900">published later</span>, so a
            view of 1 March 2019 does not cite a June 2019 report as if it were known then.
          </li>
        </ul>
      </section>

      <section id="horizon" aria-labelledby="horizon-h" className={section}>
        <h2 id="horizon-h" className={h2}>
          The coding horizon
        </h2>
        <p>
          <strong data-testid="methodology-horizon">{horizonText(horizon)}</strong>. The horizon is the newest date the
          coding reflects: the newest stance start or explicit end, or the newest recorded event. Every view shows it, and
          every export, CSV and read API answer carries it (<code>codedThrough</code> in the JSON, the{" "}
          <code>X-Coded-Through</code> header, a <code>coded_through</code> column in the CSV).
        </p>
        <p>
          A view of a date after the horizon shows the <strong>last coded positions</strong>, which nobody has confirmed
          for that date; the view says so at the top. Exports say “positions coded through {horizon ?? "…"}”, never that
          the data is as of the day they were made.
        </p>
      </section>

      <section id="cite" aria-labelledby="cite-h" className={section}>
        <h2 id="cite-h" className={h2}>
          How to cite
        </h2>
        <p>Cite the dashboard with its coding horizon, the address of the view you used and the date you accessed it:</p>
        <p className="rounded border border-slate-200 bg-slate-50 p-3 font-mono text-xs" data-testid="citation">
          {citation(horizon, url, today)}
        </p>
        <p>
          For a figure, the export&apos;s footer already names the view&apos;s date and the horizon. Accessed{" "}
          {formatDate(today)}.
        </p>
      </section>

      <p className="text-sm">
        <Link href="/" className="text-blue-800 underline">
          Back to the matrix
        </Link>
      </p>
    </article>
  );
}
