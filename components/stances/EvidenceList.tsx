import { formatDate } from "@/lib/dates";

export type EvidenceItem = {
  title: string;
  publisher: string;
  date: string;
  url: string | null;
  paraphrase: string;
  quote: string | null;
  note: string | null;
};

/** Sources behind a stance: publisher, date, paraphrase or checked quote, caveats, link. */
export function EvidenceList({ items }: { items: EvidenceItem[] }) {
  if (items.length === 0) return <p className="text-sm italic text-amber-800">No evidence recorded for this stance.</p>;
  return (
    <ul className="space-y-2">
      {items.map((e, i) => (
        <li key={i} className="border-l-2 border-slate-200 pl-3 text-sm">
          <p className="text-slate-900">
            {e.quote ? (
              <>
                <q className="italic">{e.quote}</q>
                <span className="text-slate-600"> — {e.paraphrase}</span>
              </>
            ) : (
              e.paraphrase
            )}
          </p>
          <p className="mt-0.5 text-xs text-slate-600">
            {e.url ? (
              <a href={e.url} rel="noopener noreferrer nofollow" target="_blank" className="text-blue-800 underline">
                {e.title}
              </a>
            ) : (
              <cite className="not-italic">{e.title}</cite>
            )}
            {" · "}
            {e.publisher} · {formatDate(e.date)}
          </p>
          {e.note && <p className="mt-0.5 text-xs text-amber-800">Caveat: {e.note}</p>}
        </li>
      ))}
    </ul>
  );
}
