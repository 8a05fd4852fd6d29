/**
 * Browser side of the exports: rasterizing a standalone SVG to PNG, saving a file, copying an image. Loaded
 * lazily by ExportMenu on the first click, so pages do not pay for it up front. DOM only; no React.
 */
import { svgAtScale, type Framed } from "@/lib/export/frame";

/** PNG of the framed SVG at `scale` device pixels per CSS px, on white. */
export async function rasterize(f: Framed, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgAtScale(f, scale)], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error("The browser could not draw the SVG."));
      img.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(f.width * scale);
    canvas.height = Math.round(f.height * scale);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("This browser has no canvas to draw the PNG on.");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("The PNG could not be encoded (image too large?)."))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Why copying an image is not possible here, or null when it is. */
export function copyImageUnsupported(): string | null {
  if (typeof window === "undefined") return "Not available.";
  if (!window.isSecureContext) return "Copying images needs a secure (https) page; download the PNG instead.";
  if (typeof ClipboardItem === "undefined" || !navigator.clipboard?.write)
    return "This browser cannot copy images; download the PNG instead.";
  return null;
}

/** Copies the PNG. The ClipboardItem gets a promise so Safari keeps the user gesture while the PNG renders. */
export async function copyPng(png: Promise<Blob>): Promise<void> {
  await navigator.clipboard.write([new ClipboardItem({ "image/png": png })]);
}
