"use client";

import type { CsvValue } from "@/lib/csv";
import { ExportMenu } from "@/components/export/ExportMenu";

/** Export menu for a framed figure already in the page: serializes the inline <svg> under [data-chart=name]. */
export function FigureExport({
  name,
  width,
  height,
  label,
  view,
  subject,
  asOf,
  horizon,
  csv,
  emptyReason,
}: {
  name: string;
  width: number;
  height: number;
  label: string;
  view: string;
  subject?: string | null;
  asOf: string;
  horizon: string | null;
  csv?: { header: readonly string[]; rows: readonly (readonly CsvValue[])[] };
  emptyReason?: string | null;
}) {
  return (
    <ExportMenu
      sizes={false}
      label={label}
      view={view}
      subject={subject}
      asOf={asOf}
      emptyReason={emptyReason}
      getSvg={async () => {
        const el = document.querySelector(`[data-chart="${CSS.escape(name)}"] > svg`);
        if (!el) return null;
        return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(el)}\n`, width, height };
      }}
      getCsv={
        csv
          ? async () => {
              const { toCsv } = await import("@/lib/csv");
              // Every CSV says how far the coding reaches (the matrix rows carry coded_through already).
              if (csv.header.includes("coded_through")) return toCsv(csv.header, csv.rows);
              return toCsv([...csv.header, "coded_through"], csv.rows.map((r) => [...r, horizon]));
            }
          : undefined
      }
    />
  );
}
