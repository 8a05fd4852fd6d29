/**
 * Turns a chart's live <svg> (e.g. a Recharts surface) into a standalone body for the export frame: a deep clone
 * with the computed presentation styles of every element written as attributes, and everything that depends on
 * the page removed (classes, style attributes, CSS variables, event handlers, scripts, foreignObject, external
 * links). Ids stay only where a url(#id) or #id reference inside the chart needs them (clip paths, gradients).
 * Browser only.
 */
import type { SvgBody } from "@/lib/export/frame";

const PROPS = [
  "fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray", "stroke-linecap",
  "stroke-linejoin", "opacity", "font-family", "font-size", "font-weight", "font-style", "text-anchor",
  "dominant-baseline", "letter-spacing", "visibility",
] as const;

const DROP = new Set(["script", "foreignobject", "style", "a", "iframe", "image", "use"]);

export function liveSvgBody(svg: SVGSVGElement): SvgBody {
  const box = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute("width")) || box.width;
  const height = Number(svg.getAttribute("height")) || box.height;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll("*")];
  const target = [clone, ...clone.querySelectorAll("*")];
  const referenced = new Set<string>();
  const text = clone.outerHTML;
  for (const m of text.matchAll(/url\(["']?#([^"')]+)["']?\)|href="#([^"]+)"/g)) referenced.add(m[1] ?? m[2]);

  source.forEach((el, i) => {
    const out = target[i];
    if (!out) return;
    const tag = out.tagName.toLowerCase();
    if (DROP.has(tag)) {
      out.remove();
      return;
    }
    const cs = getComputedStyle(el);
    for (const prop of PROPS) {
      const v = cs.getPropertyValue(prop).trim();
      if (v && !v.includes("var(")) out.setAttribute(prop, v);
    }
    if (cs.display === "none") out.setAttribute("display", "none");
    for (const attr of [...out.attributes]) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim().toLowerCase();
      if (name === "class" || name === "style" || name.startsWith("on") || name.startsWith("data-") || name.startsWith("aria-") || name === "tabindex" || name === "role")
        out.removeAttribute(attr.name);
      else if ((name === "href" || name === "xlink:href") && !value.startsWith("#")) out.removeAttribute(attr.name);
      else if (value.includes("javascript:") || value.includes("var(--")) out.removeAttribute(attr.name);
      else if (name === "id" && !referenced.has(attr.value)) out.removeAttribute(attr.name);
    }
  });
  const markup = [...clone.childNodes].map((n) => new XMLSerializer().serializeToString(n)).join("");
  return { width, height, markup: markup.replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, "") };
}
