/**
 * Text sizes of a cloned live chart (components/export/live-svg.ts) for the scale the export frame draws it at.
 * Pure string work on the serialized markup, so it is unit-tested without a browser.
 */
import type { SvgBody } from "./frame";

/**
 * Raises every font size in `body` so that, drawn at `scale`, it is at least `floor` px; larger texts keep their
 * size. Sizes are the inline `font-size` attributes (px or unitless) the clone carries on every element.
 */
export function fitLiveText(body: SvgBody, floor: number, scale: number): SvgBody {
  const min = floor / Math.max(0.01, scale);
  const markup = body.markup.replace(/font-size="([\d.]+)(px)?"/g, (all, v: string) => {
    const size = Number(v);
    return size + 1e-6 >= min ? all : `font-size="${Math.ceil(min * 100) / 100}px"`;
  });
  return { ...body, markup };
}
