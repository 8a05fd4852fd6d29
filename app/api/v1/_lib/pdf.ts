import "server-only";
import fs from "node:fs";
import { CHROMIUM_FLAGS } from "@/lib/chromium";
import os from "node:os";
import path from "node:path";

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

/**
 * Every launch option spelled out, and an environment of our own: nothing inherited from this process (nor, were
 * it ever polluted, from Object.prototype) can reach the spawn of the browser: no SHELL, BASH_ENV, LD_PRELOAD,
 * NODE_OPTIONS. HOME and the temp dir are a fresh folder; fonts are found through the system fontconfig.
 */
export function launchOptions(executablePath: string, home: string) {
  const env: Record<string, string> = Object.assign(Object.create(null), {
    PATH: "/usr/local/bin:/usr/bin:/bin",
    HOME: home,
    TMPDIR: os.tmpdir(),
    LANG: "C.UTF-8",
    TZ: "UTC",
  });
  return {
    executablePath,
    headless: true,
    chromiumSandbox: false,
    args: [...CHROMIUM_FLAGS],
    ignoreDefaultArgs: false,
    env,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    timeout: 30_000,
    slowMo: 0,
    tracesDir: home,
    downloadsPath: home,
    proxy: undefined,
    firefoxUserPrefs: undefined,
    logger: undefined,
  };
}

/** Prints `url` (a page of this server) to an A4 landscape PDF. At most two prints at a time. */
export async function printPdf(url: string, executablePath: string): Promise<Buffer> {
  if (running >= 2) throw new PdfBusyError();
  running += 1;
  try {
    const { chromium } = await import("playwright-core").catch(() => {
      throw new PdfUnavailableError();
    });
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-pdf-"));
    const browser = await chromium.launch(launchOptions(executablePath, home)).catch((error) => {
      fs.rmSync(home, { recursive: true, force: true });
      throw error;
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      await page.goto(url, { waitUntil: "load", timeout: 30_000 });
      await page.emulateMedia({ media: "print" });
      return await page.pdf({ format: "A4", landscape: true, printBackground: true, preferCSSPageSize: true });
    } finally {
      await browser.close();
      fs.rmSync(home, { recursive: true, force: true });
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
