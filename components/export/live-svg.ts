/**
 * Turns a chart's live <svg> (e.g. a Recharts surface) into a standalone body for the export frame: a deep clone
 * with the computed presentation styles of every element written as attributes, and everything that depends on
 * the page removed (classes, style attributes, CSS variables, event handlers, scripts, foreignObject, external
 * links). Ids stay only where a url(#id) or #id reference inside the chart needs them (clip paths, gradients).
 * Browser only.
 */
import { builderScale, type BodyBox, type SvgBody } from "@/lib/export/frame";
import { fitLiveText } from "@/lib/export/live-text";

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

/** The smallest font size in px among the visible texts of a live chart (Recharts ticks are 9 to 12 px). */
export function smallestFont(svg: SVGSVGElement): number | null {
  const sizes = [...svg.querySelectorAll("text")]
    .filter((t) => getComputedStyle(t).display !== "none" && (t.textContent ?? "").trim() !== "")
    .map((t) => parseFloat(getComputedStyle(t).fontSize))
    .filter((v) => Number.isFinite(v) && v > 0);
  return sizes.length ? Math.min(...sizes) : null;
}

/**
 * A live chart drawn for the export frame: when the frame would have to scale it by more than its box allows to
 * bring its smallest text to the frame's label floor (fonts.small), the chart is laid out again, for a moment, at
 * the size whose scale does (the chart lays out its own ticks for that size, so nothing collides; a fixed-height
 * slide also gets the height it leaves), then cloned. The cloned texts are raised to the floor at the scale the
 * frame draws the body (fitLiveText), for what the new layout could not reach.
 */
export async function liveSvgForExport(svg: SVGSVGElement, floor: number, frameBox: { width: number; height: number | null }): Promise<(box: BodyBox) => SvgBody> {
  const min = smallestFont(svg);
  const holder = svg.parentElement?.closest(".recharts-responsive-container")?.parentElement ?? null;
  const width = Number(svg.getAttribute("width")) || svg.getBoundingClientRect().width;
  const height = Number(svg.getAttribute("height")) || svg.getBoundingClientRect().height;
  const k = min === null ? 1 : min / floor;
  const targetW = Math.floor(frameBox.width * k);
  // Within reason: a strip of dots may grow to 3 times its height, and shrink to three quarters.
  const targetH = frameBox.height === null ? height : Math.floor(Math.min(3 * height, Math.max(0.75 * height, frameBox.height * k)));
  let body: SvgBody;
  if (holder && min !== null && (targetW < width - 1 || Math.abs(targetH - height) > 1)) {
    const before = { width: holder.style.width, height: holder.style.height };
    holder.style.width = `${targetW}px`;
    holder.style.height = `${targetH}px`;
    try {
      // Recharts re-renders on its ResizeObserver's callback: wait for the new size (a second at most).
      const current = () => holder.querySelector<SVGSVGElement>("svg.recharts-surface") ?? svg;
      const size = () => [Number(current().getAttribute("width")) || 0, Number(current().getAttribute("height")) || 0];
      for (let i = 0; i < 60 && (Math.abs(size()[0] - targetW) > 2 || Math.abs(size()[1] - targetH) > 2); i++)
        await new Promise((r) => requestAnimationFrame(() => r(null)));
      body = liveSvgBody(current());
    } finally {
      holder.style.width = before.width;
      holder.style.height = before.height;
    }
  } else body = liveSvgBody(svg);
  return (box) => fitLiveText(body, floor, builderScale(box, body.width, body.height).scale);
}
