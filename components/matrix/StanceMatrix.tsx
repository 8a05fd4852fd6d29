import Link from "next/link";
import { CLUSTERS, clusterLabel, formatPosition, scaleLabel } from "@/lib/domain";
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
  evidence: unknown[];
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

  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full border-collapse text-sm">
        <caption className="px-3 py-2 text-left text-base font-semibold">
          Stance matrix <span className="font-normal text-slate-600">as of {formatDate(asOf)}</span>
        </caption>
        <thead>
          <tr className="border-y border-slate-200 bg-slate-50">
            <th scope="col" className="sticky left-0 z-10 min-w-40 bg-slate-50 px-3 py-2 text-left font-medium text-slate-600">
              Issue
            </th>
            {actors.map((a) => (
              <th key={a.code} scope="col" className="min-w-32 px-2 py-2 text-left font-semibold">
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
                  <Link href={`/issues/${issue.slug}`} className="text-slate-900 hover:underline">
                    {issue.title}
                  </Link>
                </th>
                {actors.map((a) => {
                  const here = byKey.get(`${a.code}|${issue.slug}`) ?? [];
                  return (
                    <td key={a.code} className="p-1 align-top">
                      {here.length === 0 ? (
                        <div className="flex h-full min-h-16 items-center rounded border border-dashed border-slate-200 px-2 text-xs italic text-slate-500">
                          No stated position
                        </div>
                      ) : (
                        <div className="flex flex-col gap-1">
                          {here.map((c) => (
                            <Cell
                              key={c.id}
                              cell={c}
                              issue={issue}
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
  actorName,
  counterpartName,
}: {
  cell: MatrixCell;
  issue: MatrixIssue;
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
      href={`/issues/${issue.slug}#stance-${cell.id}`}
      aria-describedby={tipId}
      data-testid={`cell-${cell.actor}-${issue.slug}${cell.counterpart ? `-${cell.counterpart}` : ""}`}
      data-position={cell.position ?? ""}
      className={`group relative block rounded px-2 py-1.5 leading-tight ring-1 ring-inset ring-black/10 hover:ring-2 hover:ring-slate-900 ${
        lowConfidence ? "outline-2 outline-offset-[-4px] outline-dashed outline-black/40" : ""
      }`}
      style={{ backgroundColor: positionFill(cell.position), color: positionText(cell.position) }}
    >
      {counterpartName && <span className="block text-[11px] font-semibold opacity-90">toward {counterpartName}</span>}
      <span className="flex items-baseline gap-1.5">
        <span className="text-sm font-bold tabular-nums">{formatPosition(cell.position)}</span>
        <span className="line-clamp-2 text-xs">{label}</span>
      </span>
      <span className="mt-1 flex items-center justify-between gap-2 text-[11px]">
        <span role="img" aria-label={`Salience ${cell.salience} of 5`} title={`Salience ${cell.salience} of 5`} className="inline-flex gap-0.5">
          {[1, 2, 3, 4, 5].map((i) => (
            <span key={i} className={`inline-block h-1.5 w-1.5 rounded-full bg-current ${i > cell.salience ? "opacity-30" : ""}`} />
          ))}
        </span>
        <span title={CONFIDENCE_TEXT[cell.confidence]} className={lowConfidence ? "font-semibold" : undefined}>
          {lowConfidence ? "low conf." : cell.confidence === "medium" ? "med. conf." : "high conf."}
        </span>
      </span>
      <span
        id={tipId}
        role="tooltip"
        className="pointer-events-none invisible absolute left-0 top-full z-20 mt-1 w-72 rounded-md bg-slate-900 p-3 text-left text-xs font-normal text-white shadow-lg group-hover:visible group-focus-visible:visible"
      >
        <span className="block font-semibold">
          {actorName}
          {counterpartName ? ` toward ${counterpartName}` : ""}: {formatPosition(cell.position)} {label}
        </span>
        <span className="mt-1 block">{cell.summary}</span>
        <span className="mt-1 block text-slate-300">
          Since {formatDate(cell.validFrom)} · salience {cell.salience}/5 · {CONFIDENCE_TEXT[cell.confidence].toLowerCase()} ·{" "}
          {cell.evidence.length} evidence item{cell.evidence.length === 1 ? "" : "s"}
        </span>
      </span>
    </Link>
  );
}
