/**
 * The coding horizon: the newest date the coding reflects (newest stance start or explicit end, newest event;
 * later, the newest recorded review). A view of a date after it shows the last coded positions, which nobody has
 * confirmed for that date. Pure: the horizon itself is computed in SQL (db/queries/horizon.ts).
 */
import { formatDate } from "./dates";

/** True when the view's date lies after the horizon (nothing coded reaches that far). No data: never past. */
export function isPastHorizon(asOf: string, horizon: string | null): boolean {
  return horizon !== null && asOf > horizon;
}

/** "Positions coded through 1 Jun 2024" (or that nothing is coded yet). */
export function horizonText(horizon: string | null): string {
  return horizon === null ? "No positions coded yet" : `Positions coded through ${formatDate(horizon)}`;
}

/** The plain warning at the top of a view dated after the horizon. */
export function pastHorizonText(asOf: string, horizon: string): string {
  return (
    `You are looking at ${formatDate(asOf)}, after the coding horizon (${formatDate(horizon)}). ` +
    `The positions shown are the last ones coded, not confirmed for ${formatDate(asOf)}.`
  );
}

/**
 * The source line of every exported image, PDF page and briefing pack: the view's date and the horizon, so a
 * slide never implies that the data is current as of the day it was made.
 */
export function exportSourceLine(asOf: string, horizon: string | null): string {
  if (horizon === null) return `Source: Stance Atlas, view as of ${asOf}; no positions coded yet`;
  const past = isPastHorizon(asOf, horizon) ? " (last coded positions, not confirmed for that date)" : "";
  return `Source: Stance Atlas, view as of ${asOf}${past}; positions coded through ${horizon} from public sources`;
}

/** How to cite the dashboard (the Methodology page shows it with the page's address). */
export function citation(horizon: string | null, url: string, accessed: string): string {
  return `Stance Atlas, positions coded through ${horizon ?? "(no positions coded yet)"}, ${url}, accessed ${accessed}`;
}

export type Publication = "before" | "later" | "maybe-later";

/** The first and last day a (possibly partial) evidence date can stand for: "2019" -> Jan 1 .. Dec 31. */
export function datePeriod(date: string): { first: string; last: string } {
  if (/^\d{4}$/.test(date)) return { first: `${date}-01-01`, last: `${date}-12-31` };
  if (/^\d{4}-\d{2}$/.test(date)) {
    const [y, m] = date.split("-").map(Number);
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { first: `${date}-01`, last: `${date}-${String(days).padStart(2, "0")}` };
  }
  return { first: date, last: date };
}

/**
 * Whether a source was published after the view's date, i.e. was not known on that date. Analysts may use later
 * sources to code an earlier position; the views show it ("published later") rather than hide it. A partial date
 * whose period straddles the view's date (a month-only "2019-03" seen on 2019-03-10) is "maybe-later".
 */
export function publication(evidenceDate: string, asOf: string): Publication {
  const { first, last } = datePeriod(evidenceDate);
  if (first > asOf) return "later";
  if (last > asOf) return "maybe-later";
  return "before";
}
