import type { CsvValue } from "@/lib/csv";
import type { Framed } from "@/lib/export/frame";
import { FigureExport } from "./FigureExport";

/**
 * A server-built, framed SVG figure (title, subtitle, legend and source line baked in) shown inline, with an
 * Export menu on screen that exports exactly the figure shown. The SVG comes from the pure builders in
 * lib/export, which escape all text.
 */
export function FramedFigure({
  name,
  framed,
  label,
  view,
  subject,
  asOf,
  horizon,
  csv,
  emptyReason,
}: {
  name: string;
  framed: Framed;
  label: string;
  view: string;
  subject?: string | null;
  asOf: string;
  /** The coding horizon: the CSV gets a coded_through column. */
  horizon: string | null;
  csv?: { header: readonly string[]; rows: readonly (readonly CsvValue[])[] };
  emptyReason?: string | null;
}) {
  return (
    <figure className="pack-figure">
      <div className="no-print mb-2 flex justify-end">
        <FigureExport name={name} width={framed.width} height={framed.height} label={label} view={view} subject={subject} asOf={asOf} horizon={horizon} csv={csv} emptyReason={emptyReason} />
      </div>
      <div
        data-chart={name}
        className="overflow-hidden rounded border border-slate-200 bg-white print:rounded-none print:border-0"
        dangerouslySetInnerHTML={{ __html: framed.svg.replace(/^<\?xml[^>]*\?>\s*/, "") }}
      />
    </figure>
  );
}
