"use client";
import { formatPosition, scaleLabel } from "@/lib/domain";
import type { ActorRef } from "@/lib/dto";
import { localizeHref, type AppLocale } from "@/lib/i18n/paths";
import { issueHref } from "@/lib/nav-context";
import { positionClass } from "@/lib/palette";
import { DataText } from "../ui/DataText";
import { MatrixTip } from "./MatrixTip";

/**
 * A stance in force as a cell, in numbers: [stance id, actor (index in `actors`), counterpart (index, -1 for none),
 * position (null: no stated position), salience, confidence (0 low, 1 medium, 2 high), unsourced (1)].
 */
export type MatrixCell = [id: number, actor: number, counterpart: number, position: number | null, salience: number, confidence: 0 | 1 | 2, unsourced: 0 | 1];
/** An issue row: its slug, title, the labels of its scale points (-2 to +2) that its cells name, and its cells. */
export type MatrixRow = { slug: string; title: string; labels: string[]; cells: MatrixCell[] };
export type MatrixGroup = { id: string; label: string; issues: MatrixRow[] };
/**
 * The table's texts, formatted on the server (cell-texts.ts): the matrix page loads no message-formatting code.
 * `toward` per actor index ("toward DPRK"), `salience` per value (index 0 is salience 1), `conf` per confidence (low to high).
 */
export type MatrixTexts = {
  caption: string;
  asOf: string;
  issue: string;
  none: string;
  unsourced: string;
  conf: [low: string, medium: string, high: string];
  toward: string[];
  salience: string[];
};

/**
 * The actor x issue table, rendered on the server into the page's HTML (readable without JavaScript) and hydrated
 * from compact props. A server component's tree is sent twice (as HTML and again, element by element, in React's
 * inline payload); as a client component the payload carries only these tuples, a fraction of the markup. Cells
 * are plain links with a few semantic classes (app/globals.css: .mx-*, position colours .pm2 to .p2). The summary
 * tooltip is not in the page: MatrixTip fetches it for the cell hovered or focused; without JavaScript the cell
 * links to the issue page, which has the summary and the evidence. Texts: catalogue "MatrixCell", formatted by the
 * server parent (`matrixTexts`) and passed as strings; links in the page's language.
 */
export function StanceMatrix({
  actors,
  groups,
  asOf,
  locale,
  texts,
  linkTarget,
}: {
  actors: ActorRef[];
  groups: MatrixGroup[];
  asOf: string;
  locale: AppLocale;
  texts: MatrixTexts;
  /** "_top" in an embed: the issue pages open in the reader's window, not inside the host's frame. */
  linkTarget?: "_top";
}) {
  const rows = groups.reduce((n, g) => n + g.issues.length, 0);
  const { none, conf, unsourced } = texts;

  // A large matrix scrolls inside its own box, so the actor header row and the issue column stay in view.
  const large = actors.length * rows > 240;
  return (
    <div className={large ? "mx-box mx-scroll" : "mx-box"}>
      <table className="mx">
        <caption>
          {texts.caption} <span>{texts.asOf}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{texts.issue}</th>
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
                  <a href={localizeHref(locale, issueHref(issue.slug, asOf))} target={linkTarget}>
                    <DataText text={issue.title} locale={locale} />
                  </a>
                </th>
                {actors.map((a, n) => {
                  const here = issue.cells.filter((c) => c[1] === n);
                  return (
                    <td key={a.code}>
                      {here.length ? (
                        here.map((c) => {
                          const [id, , cp, position, salience, confidence, unsourcedFlag] = c;
                          const counterpart = actors[cp]?.code;
                          return (
                            <a
                              key={id}
                              href={localizeHref(locale, issueHref(issue.slug, asOf, id))}
                              target={linkTarget}
                              data-testid={`cell-${a.code}-${issue.slug}${counterpart ? `-${counterpart}` : ""}`}
                              data-position={position ?? ""}
                              className={`mx-cell ${positionClass(position)}${confidence === 0 ? " mx-low" : ""}`}
                            >
                              {counterpart && <small>{texts.toward[cp]}</small>}
                              <b>{formatPosition(position)}</b>
                              <span>{position === null ? none : <DataText text={scaleLabel(issue.labels, position)} locale={locale} />}</span>
                              <span className="mx-meta">
                                <i role="img" aria-label={texts.salience[salience - 1]} className={`s${salience}`} />
                                {conf[confidence]}
                              </span>
                              {unsourcedFlag === 1 && (
                                <em className="mx-unsourced" data-testid="unsourced">
                                  {unsourced}
                                </em>
                              )}
                            </a>
                          );
                        })
                      ) : (
                        <div className="mx-none">{none}</div>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <MatrixTip locale={locale} />
    </div>
  );
}
