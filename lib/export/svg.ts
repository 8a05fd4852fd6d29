/**
 * Building blocks for standalone SVG documents: escaping, elements with validated attributes, approximate text
 * measuring and wrapping. Pure string building (no DOM), so the same code runs on the server, in the browser and
 * in unit tests. Every text and attribute value passes through escapeXml; attribute names and tags are checked,
 * so no event handler, script or javascript: link can be produced from data.
 */

export const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * Arial metrics; Liberation Sans (metric-compatible) on Linux; Korean exports fall through to Noto Sans CJK KR /
 * Noto Sans KR (Hangul glyphs) before the generic family. Written inline on every text element.
 */
export const FONT_FAMILY = "Arial, 'Liberation Sans', Helvetica, 'Noto Sans CJK KR', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif";

export const INK = "#111827";
export const MUTED = "#4b5563";
export const RULE = "#d1d5db";

// Characters XML 1.0 forbids (C0 controls other than tab/newline/return, lone surrogates, U+FFFE/U+FFFF).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for an XML text node or a double- or single-quoted attribute value. */
export function escapeXml(value: string | number): string {
  return String(value)
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const TAGS = new Set(["svg", "g", "rect", "circle", "line", "path", "polyline", "polygon", "text", "tspan", "title", "desc", "defs", "clipPath", "ellipse"]);
const ATTR_NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;

export type Attrs = Record<string, string | number | null | undefined | false>;

function attrs(a: Attrs): string {
  let out = "";
  for (const [name, value] of Object.entries(a)) {
    if (value === null || value === undefined || value === false) continue;
    if (!ATTR_NAME.test(name) || /^on/i.test(name) || /^(href|xlink:href|style|class)$/i.test(name))
      throw new Error(`Attribute not allowed in exported SVG: ${name}`);
    const v = typeof value === "number" ? round(value) : value;
    out += ` ${name}="${escapeXml(v)}"`;
  }
  return out;
}

/** One element. `children` is markup produced by el()/text() (already escaped), never raw data. */
export function el(tag: string, a: Attrs = {}, children?: string): string {
  if (!TAGS.has(tag)) throw new Error(`Element not allowed in exported SVG: ${tag}`);
  return children === undefined || children === "" ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${children}</${tag}>`;
}

export type TextStyle = {
  size: number;
  weight?: "normal" | "bold" | number;
  fill?: string;
  anchor?: "start" | "middle" | "end";
  italic?: boolean;
};

/** A text element with the font settings written inline (no CSS). */
export function text(x: number, y: number, content: string, style: TextStyle, extra: Attrs = {}): string {
  return el(
    "text",
    {
      x,
      y,
      "font-family": FONT_FAMILY,
      "font-size": style.size,
      "font-weight": style.weight && style.weight !== "normal" ? style.weight : undefined,
      "font-style": style.italic ? "italic" : undefined,
      fill: style.fill ?? INK,
      "text-anchor": style.anchor && style.anchor !== "start" ? style.anchor : undefined,
      ...extra,
    },
    escapeXml(content),
  );
}

/** Rounded to 2 decimals so documents stay small and deterministic. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

// Approximate advance widths of Arial in em, by character class. Good enough to wrap and truncate safely:
// the estimate errs wide, so text stays inside its box.
const NARROW = /[ilIjtf.,:;'|!()[\]\u2019 ]/;
const WIDE = /[mwMW@%]/;
const CAPITAL = /[A-Z0-9+\u2212\u2013\u2014#&?]/;
// Hangul, kana, CJK ideographs and full-width forms: about 1 em each.
const FULL = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/** For text that may be Korean or Japanese (summaries, citations): CJK fonts before the generic fallback. */
export const CJK_FONT_FAMILY = "Arial, 'Liberation Sans', 'Noto Sans CJK KR', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans CJK JP', 'Yu Gothic', sans-serif";

/** Estimated width in px of `s` at `size` px. */
export function textWidth(s: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of s) em += FULL.test(ch) ? 1 : NARROW.test(ch) ? 0.3 : WIDE.test(ch) ? 0.86 : CAPITAL.test(ch) ? 0.68 : 0.56;
  return em * size * (bold ? 1.07 : 1);
}

/** Shortens `s` with an ellipsis so it fits `max` px. */
export function truncate(s: string, max: number, size: number, bold = false): string {
  if (textWidth(s, size, bold) <= max) return s;
  let out = s;
  while (out.length > 0 && textWidth(`${out}…`, size, bold) > max) out = out.slice(0, -1);
  return `${out.trimEnd()}…`;
}

/** Greedy word wrap into at most `maxLines` lines of `max` px; what does not fit ends in an ellipsis. */
export function wrapText(s: string, max: number, size: number, maxLines: number, bold = false): string[] {
  const words = s.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (let i = 0; i < words.length; i++) {
    const candidate = line ? `${line} ${words[i]}` : words[i];
    if (textWidth(candidate, size, bold) <= max) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      // The last allowed line takes the rest, shortened.
      lines.push(truncate([line, ...words.slice(i)].filter(Boolean).join(" "), max, size, bold));
      return lines;
    }
    if (line) lines.push(line);
    if (textWidth(words[i], size, bold) <= max) line = words[i];
    else {
      if (lines.length === maxLines - 1) {
        lines.push(truncate(words.slice(i).join(" "), max, size, bold));
        return lines;
      }
      lines.push(truncate(words[i], max, size, bold));
      line = "";
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Several lines of text starting at baseline y. */
export function textLines(x: number, y: number, lines: string[], lineHeight: number, style: TextStyle): string {
  return lines.map((l, i) => text(x, y + i * lineHeight, l, style)).join("");
}
