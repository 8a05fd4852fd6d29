"use client";
import { Link } from "@/i18n/navigation";
import { Content, MixedText } from "@/components/stances/MixedText";

/**
 * One change of the actor's stances, as texts the server prepared in the page's language: date, the issue page's
 * path (at the new stance), issue title, "toward X" for a directed stance, the position before and after, whether
 * the new stance is unsourced, the coder's note (an index into `notes`, -1 for none: a recoding note recurs on
 * many issues), the direction.
 */
export type ChangeRow = [date: string, href: string, issue: string, toward: string | null, before: string, after: string, unsourced: boolean, note: number, direction: string];

/**
 * The actor's change table. A client component only for its weight: rendered on the server into the page's HTML
 * (readable without JavaScript), it takes compact rows, so React's inline payload carries these texts once instead
 * of every cell's element a second time.
 */
export function ChangeTable({
  caption,
  columns,
  unsourced,
  coderNote,
  rows,
  notes,
}: {
  caption: string;
  columns: string[];
  unsourced: string;
  coderNote: string;
  rows: ChangeRow[];
  /** The distinct coder's notes of the rows. */
  notes: string[];
}) {
  return (
    <div className="chg-box">
      <table className="chg">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([date, href, issue, toward, before, after, isUnsourced, note, direction], i) => (
            <tr key={i}>
              <td>{date}</td>
              <td>
                <Link href={href} prefetch={false}>
                  <MixedText text={issue} />
                </Link>
                {toward && <small> {toward}</small>}
              </td>
              <td>{before}</td>
              <td>
                {after}
                {isUnsourced && (
                  <>
                    {" "}
                    <mark data-testid="unsourced">{unsourced}</mark>
                  </>
                )}
                {note >= 0 && (
                  <p>
                    <b>{coderNote}</b> <Content text={notes[note]} />
                  </p>
                )}
              </td>
              <td>{direction}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
