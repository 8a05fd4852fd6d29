import { Link } from "@/i18n/link";
import { positionClass } from "@/lib/palette";

/** Explains the matrix encoding: colour and number for position, dots for salience, a dashed frame for low confidence. */
export function MatrixLegend() {
  const points = [
    { value: -2, text: "−2 pressure / maximal-demands pole" },
    { value: -1, text: "−1" },
    { value: 0, text: "0 middle" },
    { value: 1, text: "+1" },
    { value: 2, text: "+2 accommodation pole" },
  ];
  return (
    <section aria-labelledby="legend-h" className="rounded-lg border border-slate-200 bg-white p-3 text-xs text-slate-700">
      <h2 id="legend-h" className="text-sm font-semibold text-slate-900">
        How to read the matrix
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2" aria-label="Position scale">
        {points.map((p) => (
          <li key={p.value} className={`rounded px-2 py-1 ring-1 ring-black/10 ring-inset ${positionClass(p.value)}`}>
            {p.text}
          </li>
        ))}
        <li className="rounded border border-dashed border-slate-300 px-2 py-1 italic text-slate-600">No stated position</li>
      </ul>
      <p className="mt-2">
        Every issue uses the same orientation, but the meaning is in each issue&apos;s own point labels, which every
        cell names: +2 is the accommodating end of that issue, not “the DPRK&apos;s side” (since 2023 the DPRK itself
        sits at −2 on inter-Korean cooperation and on summits with Seoul and Tokyo). Dots show salience (how much the
        issue matters to the actor, 1–5). A dashed frame and “low conf.” mark low-confidence codings;{" "}
        <span className="rounded-sm border border-dashed border-slate-500 px-1 text-[10px] font-semibold uppercase">Unsourced</span> marks a
        position coded without a source (the issue page gives the coder&apos;s note). Hover or focus a cell for the
        summary; select it for the evidence.{" "}
        <Link href="/methodology" prefetch={false} className="text-blue-800 underline">
          Methodology
        </Link>
      </p>
    </section>
  );
}
