"use client";
import { useLocale } from "next-intl";
import { formatDate } from "@/lib/dates";
import type { ChartMarker } from "../charts/DivergenceTimelineChart";

/**
 * The key to the numbered event markers of the issue page's step charts, in compact markup (issue.css: .iss-mk).
 * A client component fed the same markers object as the charts, so the page's payload carries them once.
 */
export function MarkerKey({ markers, label }: { markers: ChartMarker[]; label: string }) {
  const locale = useLocale();
  return (
    <ol className="iss-mk" aria-label={label}>
      {markers.map((m, i) => (
        <li key={m.key}>
          <b>{i + 1}</b>
          <span>
            {m.title} <small>({formatDate(m.date, locale)})</small>
          </span>
        </li>
      ))}
    </ol>
  );
}
