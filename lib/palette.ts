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

/**
 * The fixed order of the curated actors' pairs that gives each pair its style: the allied triangle first (the
 * default pairs), then every other pair. A pair keeps its colour and dash pattern whichever pairs are drawn
 * beside it and in whichever order its codes are written (ROK-JPN and JPN-ROK alike), on the divergence page,
 * its embed, an actor's page and every export.
 */
export const PAIR_ORDER = [
  "ROK-JPN", "USA-JPN", "ROK-USA", "USA-DPRK", "ROK-DPRK", "DPRK-JPN", "CHN-DPRK", "RUS-DPRK",
  // Slot 8 + i shares slot i's colour, so it shares no actor with it: an actor's pairs all differ in colour.
  "USA-CHN", "ROK-CHN", "CHN-JPN", "CHN-RUS", "RUS-JPN", "ROK-RUS", "USA-RUS",
] as const;

/** The four dash patterns of pair lines: solid, dashed, dotted, dash-dot. */
const PAIR_DASHES = ["", "6 3", "2 2", "8 3 2 3"] as const;

const pairKey = (a: string, b: string) => (a < b ? `${a}-${b}` : `${b}-${a}`);
const PAIR_INDEX = new Map<string, number>(PAIR_ORDER.map((p, i) => {
  const [a, b] = p.split("-");
  return [pairKey(a, b), i];
}));

/** The style slot of a pair: its place in PAIR_ORDER, or for actors added later a hash of the pair past it. */
export function pairSlot(a: string, b: string): number {
  const key = pairKey(a, b);
  const known = PAIR_INDEX.get(key);
  if (known !== undefined) return known;
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619) >>> 0;
  return PAIR_ORDER.length + (h % (SERIES_PALETTE.length * PAIR_DASHES.length - PAIR_ORDER.length));
}

/**
 * The dash pattern of each curated pair, by PAIR_ORDER slot (an index into PAIR_DASHES). Chosen so that the two
 * pairs sharing a colour differ in dash too, and each actor's five pairs repeat a pattern only once (four patterns
 * for five lines); the default pairs keep solid, dashed, dotted.
 */
const PAIR_DASH_SLOTS = [0, 1, 2, 0, 0, 2, 1, 3, 3, 3, 0, 2, 3, 1, 0] as const;

/**
 * A pair's line style, derived from the pair alone: the colour of its slot (cycling through the palette) and, for
 * curated pairs, the dash pattern chosen for it; pairs of actors added later get the dash pattern of their hashed
 * slot (the dash moves on by one each time the colours come round).
 */
export function pairStyle(a: string, b: string): { color: string; dash: string } {
  const slot = pairSlot(a, b);
  const n = SERIES_PALETTE.length;
  const dash = slot < PAIR_DASH_SLOTS.length ? PAIR_DASH_SLOTS[slot] : (slot + Math.floor(slot / n)) % PAIR_DASHES.length;
  return { color: SERIES_PALETTE[slot % n], dash: PAIR_DASHES[dash] };
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

/**
 * How a low-coverage stretch of a pair's line is drawn (isLowCoverage), on the page and in the export alike: the
 * pair's own line (its colour and dash pattern), thinner and faded, with a hollow point where each step starts.
 * Pairs differ by colour and dash pattern, always full strength and without points, so even a dotted pair's low
 * stretch is told apart from the rest of its line.
 */
export const LOW_STYLE = { opacity: 0.45, width: 1.25, dotRadius: 3, dotStroke: 1.5 } as const;
