import type { Download, Page } from "@playwright/test";
import fs from "node:fs";

export async function bytesOf(download: Download): Promise<Buffer> {
  return fs.readFileSync((await download.path())!);
}

/** Width and height from a PNG's IHDR chunk (after the 8-byte signature and the chunk's length and type). */
export function pngSize(buf: Buffer): { width: number; height: number } {
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Parses SVG text with the browser's strict XML parser; returns what the tests check. */
export async function parseSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const error = doc.getElementsByTagName("parsererror")[0]?.textContent ?? null;
    const root = doc.documentElement;
    const all = [...doc.getElementsByTagName("*")];
    return {
      error,
      rootName: root.localName,
      rootNs: root.namespaceURI,
      width: Number(root.getAttribute("width")),
      height: Number(root.getAttribute("height")),
      texts: [...doc.getElementsByTagName("text")].map((t) => t.textContent ?? ""),
      forbidden: all.filter((e) => ["script", "foreignObject", "style", "a", "image"].includes(e.localName)).length,
      classOrStyle: all.filter((e) => e.hasAttribute("class") || e.hasAttribute("style")).length,
      handlers: all.filter((e) => [...e.attributes].some((a) => a.name.toLowerCase().startsWith("on"))).length,
      cssVars: /var\(--/.test(text),
    };
  }, svg);
}

/** Pages of a PDF: /Type /Page objects (not the /Pages tree nodes). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

export async function exportVia(page: Page, menuName: string | RegExp, item: string | RegExp): Promise<Download> {
  await page.getByRole("button", { name: menuName }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: item }).click()]);
  return download;
}

export type DrawnText = { text: string; px: number; box: { x: number; y: number; width: number; height: number }; cell: number | null };

/**
 * Every <text> of an exported SVG as drawn: the SVG is put in the page at its own size, and each text's size is
 * its computed font size times the scale of its transform to the document (getCTM); its box is the text's
 * bounding box in document px. `cell`: the index of the smallest rounded rect (a matrix cell) holding the box's
 * centre, or null.
 */
export async function drawnTexts(page: Page, svg: string): Promise<DrawnText[]> {
  return page.evaluate((source) => {
    const host = document.createElement("div");
    host.style.cssText = "position:absolute;left:0;top:0;z-index:-1;";
    host.innerHTML = source.replace(/^<\?xml[^>]*>/, "");
    document.body.appendChild(host);
    try {
      const root = host.querySelector("svg")!;
      const r0 = root.getBoundingClientRect();
      const k = r0.width / Number(root.getAttribute("width"));
      const rel = (r: DOMRect) => ({ x: (r.left - r0.left) / k, y: (r.top - r0.top) / k, width: r.width / k, height: r.height / k });
      const cells = [...root.querySelectorAll("rect[rx]")].map((r) => rel(r.getBoundingClientRect()));
      return [...root.querySelectorAll("text")].map((t) => {
        const m = t.getCTM()!;
        const box = rel(t.getBoundingClientRect());
        const cx = box.x + box.width / 2;
        const cy = box.y + box.height / 2;
        let cell: number | null = null;
        cells.forEach((c, i) => {
          if (cx >= c.x && cx <= c.x + c.width && cy >= c.y && cy <= c.y + c.height && (cell === null || c.width * c.height < cells[cell].width * cells[cell].height)) cell = i;
        });
        return { text: t.textContent ?? "", px: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b), box, cell };
      });
    } finally {
      host.remove();
    }
  }, svg);
}

/** Pairs of texts in the same cell whose boxes overlap by more than `slack` px both ways. */
export function overlapsInCells(texts: readonly DrawnText[], slack = 1): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i];
      const b = texts[j];
      if (a.cell === null || a.cell !== b.cell) continue;
      const w = Math.min(a.box.x + a.box.width, b.box.x + b.box.width) - Math.max(a.box.x, b.box.x);
      const h = Math.min(a.box.y + a.box.height, b.box.y + b.box.height) - Math.max(a.box.y, b.box.y);
      if (w > slack && h > slack) out.push([a.text, b.text]);
    }
  return out;
}
