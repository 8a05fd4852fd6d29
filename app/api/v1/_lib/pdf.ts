import "server-only";
import fs from "node:fs";

/**
 * Server-side PDF of the briefing pack, printed by a Chromium that is already installed on the machine
 * (CHROMIUM_PATH or /usr/bin/chromium), driven by playwright-core. Nothing is downloaded at install time: when no
 * Chromium is present the feature is off and the page says to use the browser's print.
 */
export function chromiumForPdf(): { ok: true; path: string } | { ok: false; reason: string } {
  const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!fs.existsSync(/* turbopackIgnore: true */ path)) return { ok: false, reason: "no Chromium installed on the server" };
  return { ok: true, path };
}

let running = 0;

/** Prints `url` (a page of this server) to an A4 landscape PDF. At most two prints at a time. */
export async function printPdf(url: string, executablePath: string): Promise<Buffer> {
  if (running >= 2) throw new PdfBusyError();
  running += 1;
  try {
    const { chromium } = await import("playwright-core").catch(() => {
      throw new PdfUnavailableError();
    });
    const browser = await chromium.launch({
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      await page.goto(url, { waitUntil: "load", timeout: 30_000 });
      await page.emulateMedia({ media: "print" });
      return await page.pdf({ format: "A4", landscape: true, printBackground: true, preferCSSPageSize: true });
    } finally {
      await browser.close();
    }
  } finally {
    running -= 1;
  }
}

export class PdfBusyError extends Error {
  constructor() {
    super("busy");
  }
}

export class PdfUnavailableError extends Error {
  constructor() {
    super("playwright-core is not installed");
  }
}
