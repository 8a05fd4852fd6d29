import { formatPosition } from "@/lib/domain";
import { positionFill } from "@/lib/palette";

/*
 * The compare view's marks, without client code: used by CompareView (in the browser, for what-if scenarios) and
 * by the compare embed (server-rendered).
 */

/** Actor A's circle, actor B's diamond; hollow and dashed for the coded position a what-if moved away from. */
export function Marker({ shape, color, ghost = false }: { shape: "circle" | "diamond"; color: string; ghost?: boolean }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden className="shrink-0">
      {shape === "circle" ? (
        <circle cx="8" cy="8" r="6" fill={ghost ? "white" : color} stroke={ghost ? color : "white"} strokeWidth={ghost ? 1.5 : 2} strokeDasharray={ghost ? "2 2" : undefined} />
      ) : (
        <rect x="3" y="3" width="10" height="10" transform="rotate(45 8 8)" fill={ghost ? "white" : color} stroke={ghost ? color : "white"} strokeWidth={ghost ? 1.5 : 2} strokeDasharray={ghost ? "2 2" : undefined} />
      )}
    </svg>
  );
}

const pct = (p: number) => `${10 + (p + 2) * 20}%`;

/** Both positions on the issue's own labelled five-point scale, joined by the gap. */
export function ScaleDumbbell({
  labels,
  a,
  b,
  ghostA,
  ghostB,
  colorA,
  colorB,
  label,
}: {
  labels: string[];
  a: number | null;
  b: number | null;
  ghostA?: number | null;
  ghostB?: number | null;
  colorA: string;
  colorB: string;
  label: string;
}) {
  const same = a !== null && a === b;
  return (
    <div role="img" aria-label={label} className="min-w-0">
      <div className="relative h-7">
        <div className="absolute inset-x-[10%] top-1/2 h-px bg-slate-300" />
        {[-2, -1, 0, 1, 2].map((p) => (
          <div key={p} className="absolute top-1/2 h-2 w-px -translate-y-1/2 bg-slate-400" style={{ left: pct(p) }} />
        ))}
        {a !== null && b !== null && a !== b && (
          <div className="absolute top-1/2 h-1.5 -translate-y-1/2 rounded bg-slate-400/70" style={{ left: pct(Math.min(a, b)), right: `calc(100% - ${pct(Math.max(a, b))})` }} />
        )}
        {ghostA !== undefined && ghostA !== null && (
          <span className="absolute top-1/2 -translate-x-1/2 -translate-y-1/2" style={{ left: pct(ghostA) }}>
            <Marker shape="circle" color={colorA} ghost />
          </span>
        )}
        {ghostB !== undefined && ghostB !== null && (
          <span className="absolute top-1/2 -translate-x-1/2 -translate-y-1/2" style={{ left: pct(ghostB) }}>
            <Marker shape="diamond" color={colorB} ghost />
          </span>
        )}
        {a !== null && (
          <span className={`absolute top-1/2 -translate-y-1/2 ${same ? "-translate-x-[85%]" : "-translate-x-1/2"}`} style={{ left: pct(a) }}>
            <Marker shape="circle" color={colorA} />
          </span>
        )}
        {b !== null && (
          <span className={`absolute top-1/2 -translate-y-1/2 ${same ? "-translate-x-[15%]" : "-translate-x-1/2"}`} style={{ left: pct(b) }}>
            <Marker shape="diamond" color={colorB} />
          </span>
        )}
      </div>
      <ol className="grid grid-cols-5 gap-1 text-center text-[11px] leading-tight text-slate-600" aria-hidden>
        {labels.map((l, i) => {
          const p = i - 2;
          const on = p === a || p === b;
          return (
            <li key={i} className={`border-t-4 pt-0.5 ${on ? "font-medium text-slate-900" : ""}`} style={{ borderTopColor: positionFill(p) }}>
              <span className="tabular-nums">{formatPosition(p)}</span>
              <span className="hidden sm:block">{l}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
