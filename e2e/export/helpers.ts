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
