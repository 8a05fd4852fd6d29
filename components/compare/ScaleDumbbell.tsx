import type { CSSProperties } from "react";
import { formatPosition } from "@/lib/domain";

/*
 * The compare view's marks, without client code: used by CompareView (in the browser, for what-if scenarios) and
 * by the compare embed (server-rendered). Drawn by CSS (app/views-lean.css: .mk, .db), not as SVG per mark: a
 * comparison repeats them on every issue row, and every element is sent twice (HTML and React's payload).
 */

/** The actors' colours as CSS variables (--ca, --cb) for the marks inside: set once on a list of rows. */
export function markColors(colorA: string, colorB: string): CSSProperties {
  return { "--ca": colorA, "--cb": colorB } as CSSProperties;
}

/**
 * Actor A's circle, actor B's diamond; hollow and dashed for the coded position a what-if moved away from. The
 * colour is `color`, or the side's colour of an enclosing `markColors`.
 */
export function Marker({ shape, color, ghost = false }: { shape: "circle" | "diamond"; color?: string; ghost?: boolean }) {
  return (
    <i
      aria-hidden
      className={`mk ${shape === "circle" ? "mk-a" : "mk-b"}${ghost ? " mk-ghost" : ""}`}
      style={color ? ({ [shape === "circle" ? "--ca" : "--cb"]: color } as CSSProperties) : undefined}
    />
  );
}

const pct = (p: number) => 10 + (p + 2) * 20;
/** Where a mark sits on the scale: .at-2 (10%) to .at2 (90%). */
const at = (p: number) => `at${p}`;

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
  /** The actors' colours; without them, those of an enclosing `markColors`. */
  colorA?: string;
  colorB?: string;
  label: string;
}) {
  const same = a !== null && a === b;
  return (
    <div role="img" aria-label={label} className="db" style={colorA && colorB ? markColors(colorA, colorB) : undefined}>
      <div>
        {a !== null && b !== null && a !== b && <b style={{ left: `${pct(Math.min(a, b))}%`, right: `${100 - pct(Math.max(a, b))}%` }} />}
        {ghostA !== undefined && ghostA !== null && (
          <span className={at(ghostA)}>
            <Marker shape="circle" ghost />
          </span>
        )}
        {ghostB !== undefined && ghostB !== null && (
          <span className={at(ghostB)}>
            <Marker shape="diamond" ghost />
          </span>
        )}
        {a !== null && (
          <span className={`${at(a)}${same ? " db-sa" : ""}`}>
            <Marker shape="circle" />
          </span>
        )}
        {b !== null && (
          <span className={`${at(b)}${same ? " db-sb" : ""}`}>
            <Marker shape="diamond" />
          </span>
        )}
      </div>
      <ol aria-hidden>
        {labels.map((l, i) => {
          const p = i - 2;
          return (
            <li key={i} className={p === a || p === b ? "on" : undefined}>
              <b>{formatPosition(p)}</b>
              <span>{l}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
