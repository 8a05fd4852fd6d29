import Link from "next/link";
import { issueHref } from "@/lib/nav-context";
import { CLUSTERS, clusterLabel, formatPosition, isUnsourced, scaleLabel } from "@/lib/domain";
import { formatDate } from "@/lib/dates";
import { positionFill, positionText } from "@/lib/palette";

export type MatrixActor = { code: string; name: string; shortName: string; color: string };
export type MatrixIssue = { slug: string; title: string; cluster: string; scale: { value: number; label: string }[] };
export type MatrixCell = {
  id: number;
  actor: string;
  issue: string;
  counterpart: string | null;
  position: number | null;
  salience: number;
  confidence: "low" | "medium" | "high";
  summary: string;
  validFrom: string;
  evidenceCount: number;
};

const CONFIDENCE_TEXT = { high: "High confidence", medium: "Medium confidence", low: "Low confidence" } as const;

/** The actor x issue table: server-rendered HTML, no client JavaScript. */
export function StanceMatrix({
  actors,
  issues,
  cells,
  asOf,
}: {
  actors: MatrixActor[];
  issues: MatrixIssue[];
  cells: MatrixCell[];
  asOf: string;
}) {
  const byKey = new Map<string, MatrixCell[]>();
  for (const c of cells) byKey.set(`${c.actor}|${c.issue}`, [...(byKey.get(`${c.actor}|${c.issue}`) ?? []), c]);
  const actorName = new Map(actors.map((a) => [a.code, a.shortName]));
  const groups = [
    ...CLUSTERS.map((c) => ({ id: c.id as string, label: c.label as string })),
    ...[...new Set(issues.map((i) => i.cluster))]
      .filter((id) => !CLUSTERS.some((c) => c.id === id))
      .map((id) => ({ id, label: clusterLabel(id) })),
  ]
    .map((g) => ({ ...g, issues: issues.filter((i) => i.cluster === g.id) }))
    .filter((g) => g.issues.length > 0);

  // A large matrix scrolls inside its own box, so the actor header row and the issue column stay in view.
  const large = actors.length * issues.length > 240;
  return (
    <div className={`overflow-x-auto rounded-lg border border-slate-200 bg-white ${large ? "mx-scroll max-h-[80vh] overflow-y-auto" : ""}`}>
      <table className="w-full border-collapse text-sm">
        <caption className="px-3 py-2 text-left text-base font-semibold">
          Stance matrix <span className="font-normal text-slate-600">as of {formatDate(asOf)}</span>
        </caption>
        <thead>
          <tr className="border-y border-slate-200 bg-slate-50">
            <th scope="col" className="sticky top-0 left-0 z-30 min-w-40 bg-slate-50 px-3 py-2 text-left font-medium text-slate-600">
              Issue
            </th>
            {actors.map((a) => (
              <th key={a.code} scope="col" className="sticky top-0 z-20 min-w-32 bg-slate-50 px-2 py-2 text-left font-semibold">
                <span className="inline-flex items-center gap-1.5">
                  <span aria-hidden className="inline-block h-3 w-3 rounded-full" style={{ backgroundColor: a.color }} />
                  <abbr title={a.name} className="no-underline">
                    {a.shortName}
                  </abbr>
                </span>
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.id}>
            <tr>
              <th
                scope="rowgroup"
                colSpan={actors.length + 1}
                className="sticky left-0 bg-slate-100 px-3 py-1.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-700"
              >
                {g.label}
              </th>
            </tr>
            {g.issues.map((issue) => (
              <tr key={issue.slug} className="border-t border-slate-100">
                <th scope="row" className="sticky left-0 z-10 bg-white px-3 py-2 text-left align-top font-medium">
                  <Link href={issueHref(issue.slug, asOf)} prefetch={false} className="text-slate-900 hover:underline">
                    {issue.title}
                  </Link>
                </th>
                {actors.map((a) => {
                  const here = byKey.get(`${a.code}|${issue.slug}`) ?? [];
                  return (
                    <td key={a.code} className="p-1 align-top">
                      {here.length === 0 ? (
                        <div className="mx-none">No stated position</div>
                      ) : (
                        <div className={here.length > 1 ? "flex flex-col gap-1" : undefined}>
                          {here.map((c) => (
                            <Cell
                              key={c.id}
                              cell={c}
                              issue={issue}
                              asOf={asOf}
                              actorName={a.shortName}
                              counterpartName={c.counterpart ? actorName.get(c.counterpart) ?? c.counterpart : null}
                            />
                          ))}
                        </div>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

function Cell({
  cell,
  issue,
  asOf,
  actorName,
  counterpartName,
}: {
  cell: MatrixCell;
  issue: MatrixIssue;
  asOf: string;
  actorName: string;
  counterpartName: string | null;
}) {
  const label = scaleLabel(
    issue.scale.map((p) => p.label),
    cell.position,
  );
  const tipId = `tip-${cell.id}`;
  const lowConfidence = cell.confidence === "low";
  return (
    <Link
      href={issueHref(issue.slug, asOf, cell.id)}
      prefetch={false}
      aria-describedby={tipId}
      data-testid={`cell-${cell.actor}-${issue.slug}${cell.counterpart ? `-${cell.counterpart}` : ""}`}
      data-position={cell.position ?? ""}
      className={lowConfidence ? "mx-cell mx-low" : "mx-cell"}
      style={{ backgroundColor: positionFill(cell.position), color: positionText(cell.position) }}
    >
      {counterpartName && <span className="block text-[11px] font-semibold opacity-90">toward {counterpartName}</span>}
      <span className="mx-head">
        <b>{formatPosition(cell.position)}</b>
        <span>{label}</span>
      </span>
      <span className="mx-meta">
        <span role="img" aria-label={`Salience ${cell.salience} of 5`} title={`Salience ${cell.salience} of 5`} className="mx-dots">
          {"●".repeat(cell.salience)}
          {cell.salience < 5 && <span>{"●".repeat(5 - cell.salience)}</span>}
        </span>
        <span title={CONFIDENCE_TEXT[cell.confidence]} className={lowConfidence ? "font-semibold" : undefined}>
          {lowConfidence ? "low conf." : cell.confidence === "medium" ? "med. conf." : "high conf."}
        </span>
      </span>
      {isUnsourced(cell) && (
        <span className="mx-unsourced" data-testid="unsourced" title="Coded without a source; the issue page gives the coder's note">
          Unsourced
        </span>
      )}
      <span id={tipId} role="tooltip" className="mx-tip">
        <span>{`${actorName}${counterpartName ? ` toward ${counterpartName}` : ""}: ${cell.summary}`}</span>
        <span className="text-slate-300">
          {`Since ${formatDate(cell.validFrom)} · salience ${cell.salience}/5 · ${CONFIDENCE_TEXT[cell.confidence].toLowerCase()} · ${isUnsourced(cell) ? "unsourced" : cell.evidenceCount === 0 ? "no source states a position" : `${cell.evidenceCount} evidence item${cell.evidenceCount === 1 ? "" : "s"}`}`}
        </span>
      </span>
    </Link>
  );
}
