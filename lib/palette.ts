/**
 * One palette for the whole product. Actor colours are Okabe-Ito (colour-blind safe, stored per actor in the
 * database); positions use a purple-orange diverging scale (ColorBrewer PuOr), pressure pole purple,
 * engagement pole orange, with text colours that keep WCAG AA contrast on each fill.
 */

export const ACTOR_PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"] as const;

export const POSITION_FILL: Record<string, string> = {
  "-2": "#542788",
  "-1": "#998ec3",
  "0": "#f7f7f7",
  "1": "#f1a340",
  "2": "#b35806",
};

export const POSITION_TEXT: Record<string, string> = {
  "-2": "#ffffff",
  "-1": "#111827",
  "0": "#111827",
  "1": "#111827",
  "2": "#ffffff",
};

export const NO_POSITION_FILL = "#ffffff";
export const NO_POSITION_TEXT = "#4b5563";

export function positionFill(position: number | null): string {
  return position === null ? NO_POSITION_FILL : POSITION_FILL[String(position)] ?? NO_POSITION_FILL;
}

export function positionText(position: number | null): string {
  return position === null ? NO_POSITION_TEXT : POSITION_TEXT[String(position)] ?? NO_POSITION_TEXT;
}

/**
 * The matrix cell class of a position (app/globals.css gives each the fill and text colour above: one short class
 * per cell instead of an inline style; lib/palette.test.ts holds the stylesheet to these values).
 */
export function positionClass(position: number | null): string {
  return position === null || POSITION_FILL[String(position)] === undefined ? "pn" : position < 0 ? `pm${-position}` : `p${position}`;
}

/** Sequential scale for divergence values in [0, 1] (light to dark), with readable text. */
export function divergenceFill(value: number | null): { fill: string; text: string } {
  if (value === null) return { fill: "#f3f4f6", text: "#4b5563" };
  const steps = ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"];
  const i = Math.min(steps.length - 1, Math.floor(value * steps.length));
  // White only from #2171b5 on: on #4292c6 white text is 3.4:1 (fails WCAG AA), near-black is 5:1.
  return { fill: steps[i], text: i >= 6 ? "#ffffff" : "#111827" };
}

/**
 * Series that are not actors (pairs of actors on the divergence-over-time chart): Paul Tol's "muted" scheme,
 * colour-blind safe and distinct from the actor colours; charts also vary the dash pattern.
 */
export const SERIES_PALETTE = ["#332288", "#117733", "#882255", "#44AA99", "#999933", "#AA4499", "#88CCEE", "#DDCC77"] as const;
export const SERIES_DASHES = ["", "6 3", "2 2", "8 3 2 3", "", "6 3", "2 2", "8 3 2 3"] as const;

export function seriesColor(i: number): string {
  return SERIES_PALETTE[i % SERIES_PALETTE.length];
}

export function seriesDash(i: number): string {
  return SERIES_DASHES[i % SERIES_DASHES.length];
}

/** One colour per issue cluster (Tol "muted" subset), for bars coloured by cluster. */
export const CLUSTER_COLORS: Record<string, string> = {
  denuclearization: "#332288",
  "sanctions-sequencing": "#117733",
  "security-order": "#882255",
  "bilateral-humanitarian": "#999933",
};

export function clusterColor(id: string): string {
  return CLUSTER_COLORS[id] ?? "#64748b";
}
