/** The briefing pack's selection, kept entirely in the URL so a pack can be shared and rebuilt. Pure. */
import { isIsoDate, queryDateOutOfSpan, todayIso } from "../dates";
import type { Parsed } from "../params";

export const BRIEFING_VIEWS = [
  { id: "matrix", label: "Stance matrix" },
  { id: "compare", label: "Comparison of a pair" },
  { id: "heatmap", label: "Divergence heatmap" },
  { id: "trend", label: "Divergence over time" },
  { id: "issues", label: "Issue pages with evidence" },
] as const;
export type BriefingView = (typeof BRIEFING_VIEWS)[number]["id"];

export const DEFAULT_TITLE = "Korean Peninsula peace process: where the actors stand";
export const BRIEFING_PARAMS = ["title", "author", "asOf", "from", "actors", "views", "pair", "issues"] as const;

export type Briefing = {
  title: string;
  author: string;
  asOf: string;
  /** Optional earlier date: sections show the change from it to asOf. */
  from: string | null;
  actors: string[];
  views: BriefingView[];
  pair: [string, string] | null;
  issues: string[];
};

type Raw = string | string[] | undefined;

function one(name: string, raw: Raw): Parsed<string | undefined> {
  if (Array.isArray(raw)) {
    // Checkbox lists arrive as repeated parameters; those are joined by the caller.
    return { ok: false, error: `Give ${name} once, not ${raw.length} times.` };
  }
  return { ok: true, value: raw === undefined || raw.trim() === "" ? undefined : raw.trim() };
}

/** Repeated parameters (checkboxes) and comma lists both become one list. */
function list(raw: Raw): string[] {
  const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return [...new Set(values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean))];
}

export function parseBriefing(
  sp: Record<string, Raw>,
  known: { actors: readonly string[]; issues: readonly string[] },
  today: string = todayIso(),
): Parsed<Briefing> {
  const extra = Object.keys(sp).filter((k) => !(BRIEFING_PARAMS as readonly string[]).includes(k));
  if (extra.length) return { ok: false, error: `Unknown parameter${extra.length > 1 ? "s" : ""}: ${extra.map((e) => `"${e.slice(0, 40)}"`).join(", ")}.` };

  const title = one("title", sp.title);
  const author = one("author", sp.author);
  const asOfRaw = one("asOf", sp.asOf);
  const fromRaw = one("from", sp.from);
  const pairRaw = one("pair", sp.pair);
  for (const p of [title, author, asOfRaw, fromRaw, pairRaw]) if (!p.ok) return p;
  if (!title.ok || !author.ok || !asOfRaw.ok || !fromRaw.ok || !pairRaw.ok) throw new Error("unreachable");
  if ((title.value ?? "").length > 160) return { ok: false, error: "The title is longer than 160 characters." };
  if ((author.value ?? "").length > 120) return { ok: false, error: "The author field is longer than 120 characters." };

  const asOf: string = asOfRaw.value ?? today;
  if (!isIsoDate(asOf)) return { ok: false, error: `asOf must be a real date in YYYY-MM-DD form, e.g. 2019-03-01 (got "${String(asOf).slice(0, 40)}").` };
  const from: string | null = fromRaw.value ?? null;
  if (from !== null && !isIsoDate(from)) return { ok: false, error: `from must be a real date in YYYY-MM-DD form, e.g. 2018-01-01 (got "${String(from).slice(0, 40)}").` };
  const outside = queryDateOutOfSpan("asOf", asOf, today) ?? (from !== null ? queryDateOutOfSpan("from", from, today) : null);
  if (outside) return { ok: false, error: outside };
  if (from !== null && from >= asOf) return { ok: false, error: `The earlier date (from, ${from}) must come before the as-of date (${asOf}).` };

  const actors = list(sp.actors);
  const unknownActors = actors.filter((a) => !known.actors.includes(a));
  if (unknownActors.length) return { ok: false, error: `Unknown actor codes: ${unknownActors.map((a) => `"${a.slice(0, 20)}"`).join(", ")}. Known: ${known.actors.join(", ")}.` };
  const chosenActors = actors.length ? known.actors.filter((a) => actors.includes(a)) : [...known.actors];
  if (chosenActors.length < 2) return { ok: false, error: "Choose at least two actors." };

  const views = list(sp.views);
  const ids = BRIEFING_VIEWS.map((v) => v.id as string);
  const unknownViews = views.filter((v) => !ids.includes(v));
  if (unknownViews.length) return { ok: false, error: `Unknown views: ${unknownViews.map((v) => `"${v.slice(0, 20)}"`).join(", ")}. Known: ${ids.join(", ")}.` };
  const chosenViews = (views.length ? ids.filter((v) => views.includes(v)) : ["matrix", "compare", "heatmap", "trend"]) as BriefingView[];

  let pair: [string, string] | null = null;
  if (pairRaw.value) {
    const [a, b, ...rest] = pairRaw.value.split("-");
    if (!a || !b || rest.length || a === b || !known.actors.includes(a) || !known.actors.includes(b))
      return { ok: false, error: `pair must be two different actor codes joined by "-", e.g. ROK-JPN (got "${pairRaw.value.slice(0, 40)}").` };
    pair = [a, b];
  } else pair = [chosenActors[0], chosenActors[1]];

  const issues = list(sp.issues);
  const unknownIssues = issues.filter((i) => !known.issues.includes(i));
  if (unknownIssues.length) return { ok: false, error: `Unknown issues: ${unknownIssues.map((i) => `"${i.slice(0, 40)}"`).join(", ")}.` };
  if (chosenViews.includes("issues") && issues.length === 0) return { ok: false, error: "Pick at least one issue for the issue pages, or leave that view out." };

  return {
    ok: true,
    value: {
      title: title.value ?? DEFAULT_TITLE,
      author: author.value ?? "",
      asOf,
      from,
      actors: chosenActors,
      views: chosenViews,
      pair,
      issues: known.issues.filter((i) => issues.includes(i)),
    },
  };
}

/** The canonical URL query of a selection (comma lists), for share links and the PDF route. */
export function briefingQuery(b: Briefing): string {
  const q = new URLSearchParams();
  if (b.title !== DEFAULT_TITLE) q.set("title", b.title);
  if (b.author) q.set("author", b.author);
  q.set("asOf", b.asOf);
  if (b.from) q.set("from", b.from);
  q.set("actors", b.actors.join(","));
  q.set("views", b.views.join(","));
  if (b.pair) q.set("pair", b.pair.join("-"));
  if (b.issues.length) q.set("issues", b.issues.join(","));
  return q.toString();
}

/** At most this many sample dates on a line over time: a long range is sampled every few months instead. */
export const MAX_SAMPLES = 160;

/**
 * Sample dates from `from` to `to` (inclusive of both ends), for lines over time: the first of every month, or
 * of every 2nd, 3rd ... month when monthly samples would exceed MAX_SAMPLES.
 */
export function monthlyDates(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const months = (Number(to.slice(0, 4)) - y) * 12 + Number(to.slice(5, 7)) - m;
  const step = Math.max(1, Math.ceil(months / (MAX_SAMPLES - 2)));
  out.push(from);
  for (;;) {
    m += step;
    while (m > 12) {
      m -= 12;
      y += 1;
    }
    const d = `${y}-${String(m).padStart(2, "0")}-01`;
    if (d >= to) break;
    out.push(d);
  }
  if (to > from) out.push(to);
  return out;
}

/** CSS px per millimetre (96 px per inch). */
export const PX_PER_MM = 96 / 25.4;

/**
 * The printed area of a pack figure on A4 landscape (see the @page rule and globals.css): 273 mm wide, at most
 * 168 mm tall, 128 mm for the first section (it shares its page with the cover).
 */
export const PACK_PRINT = { width: 273 * PX_PER_MM, height: 168 * PX_PER_MM, firstHeight: 128 * PX_PER_MM } as const;

/** The smallest type allowed in print: 7 pt, in CSS px. */
export const MIN_PRINT_PX = (7 * 96) / 72;

/** How much a figure of `f`'s size shrinks when printed into `box` (an SVG at width 100% with a max height). */
export function printScale(f: { width: number; height: number }, box: { width: number; height: number }): number {
  return Math.min(box.width / f.width, box.height / f.height);
}

/**
 * Splits `items` into pages, greedily: each page takes items while `fits(page items, page index)` holds. A single
 * item that does not fit still gets a page of its own (it prints smaller rather than not at all).
 */
export function paginate<T>(items: readonly T[], fits: (chunk: readonly T[], page: number) => boolean): T[][] {
  const pages: T[][] = [];
  let current: T[] = [];
  for (const item of items) {
    if (current.length && !fits([...current, item], pages.length)) {
      pages.push(current);
      current = [];
    }
    current.push(item);
  }
  if (current.length) pages.push(current);
  return pages;
}
