import { CLUSTERS, clusterLabel, formatPosition, scaleLabel } from "@/lib/domain";
import { formatDate } from "@/lib/dates";
import { positionClass } from "@/lib/palette";
import { MatrixTip } from "./MatrixTip";

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
  evidenceCount: number;
};

const CONFIDENCE_SHORT = { high: "high conf.", medium: "med. conf.", low: "low conf." } as const;

/**
 * The actor x issue table: server-rendered HTML, readable without JavaScript. Every node and attribute here is
 * sent twice (as HTML and again in React's inline payload) and repeated per cell, so cells are plain links with
 * a few semantic classes (app/globals.css: .mx-*, position colours .pm2 to .p2) and no inline styles. The
 * summary tooltip is not in the page: MatrixTip fetches it for the cell that is hovered or focused; without
 * JavaScript the cell links to the issue page, which has the summary and the evidence.
 */
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
    <div className={large ? "mx-box mx-scroll" : "mx-box"}>
      <table className="mx">
        <caption>
          Stance matrix <span>as of {formatDate(asOf)}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Issue</th>
            {actors.map((a) => (
              <th key={a.code} scope="col">
                <i style={{ background: a.color }} />
                <abbr title={a.name}>{a.shortName}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.id}>
            <tr>
              <th scope="rowgroup" colSpan={actors.length + 1}>
                {g.label}
              </th>
            </tr>
            {g.issues.map((issue) => (
              <tr key={issue.slug}>
                <th scope="row">
                  <a href={`/issues/${issue.slug}`}>{issue.title}</a>
                </th>
                {actors.map((a) => {
                  const here = byKey.get(`${a.code}|${issue.slug}`);
                  return (
                    <td key={a.code}>
                      {here ? (
                        here.map((c) => (
                          <Cell key={c.id} cell={c} issue={issue} counterpartName={c.counterpart ? actorName.get(c.counterpart) ?? c.counterpart : null} />
                        ))
                      ) : (
                        <div className="mx-none">No stated position</div>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <MatrixTip />
    </div>
  );
}

function Cell({ cell, issue, counterpartName }: { cell: MatrixCell; issue: MatrixIssue; counterpartName: string | null }) {
  return (
    <a
      href={`/issues/${issue.slug}#stance-${cell.id}`}
      data-testid={`cell-${cell.actor}-${issue.slug}${cell.counterpart ? `-${cell.counterpart}` : ""}`}
      data-position={cell.position ?? ""}
      className={`mx-cell ${positionClass(cell.position)}${cell.confidence === "low" ? " mx-low" : ""}`}
    >
      {counterpartName && <small>toward {counterpartName}</small>}
      <b>{formatPosition(cell.position)}</b>
      <span>{scaleLabel(issue.scale.map((p) => p.label), cell.position)}</span>
      <span className="mx-meta">
        <span role="img" aria-label={`Salience ${cell.salience} of 5`} className={`s${cell.salience}`} />
        {CONFIDENCE_SHORT[cell.confidence]}
      </span>
      {cell.evidenceCount === 0 && (
        <em className="mx-unsourced" data-testid="unsourced">
          Unsourced
        </em>
      )}
    </a>
  );
}
