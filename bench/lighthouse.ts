/** Lighthouse 12.2.3 (node API, desktop preset) against the local Chromium, launched by chrome-launcher. */
import * as chromeLauncher from "chrome-launcher";
import { CHROMIUM_FLAGS } from "../lib/chromium";

export type LighthouseScores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Titles of the failing accessibility and best-practices audits, for the report. */
  failing: string[];
};

const FLAGS = ["--headless=new", ...CHROMIUM_FLAGS];

export async function runLighthouse(urls: string[]): Promise<Map<string, LighthouseScores>> {
  process.env.CHROME_PATH ??= "/usr/bin/chromium";
  const { default: lighthouse } = await import("lighthouse");
  const { default: desktopConfig } = await import("lighthouse/core/config/desktop-config.js");
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH, chromeFlags: FLAGS });
  const out = new Map<string, LighthouseScores>();
  try {
    for (const url of urls) {
      const result = await lighthouse(
        url,
        { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices"] },
        desktopConfig,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits } = result.lhr;
      const score = (k: string) => Math.round((categories[k]?.score ?? 0) * 100);
      out.set(url, {
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        lcpMs: audits["largest-contentful-paint"]?.numericValue ?? NaN,
        cls: audits["cumulative-layout-shift"]?.numericValue ?? NaN,
        tbtMs: audits["total-blocking-time"]?.numericValue ?? NaN,
        failing: ["accessibility", "best-practices"].flatMap((k) =>
          (categories[k]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${k}: ${audits[ref.id].title}`),
        ),
      });
    }
  } finally {
    chrome.kill();
  }
  return out;
}
