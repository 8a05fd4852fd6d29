import { defineConfig, devices } from "@playwright/test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CHROMIUM_FLAGS } from "./lib/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
// Set once in the runner's process; workers inherit it, so every test sees the same temporary database. Without
// databases from the caller (npm test passes its own and removes them), a fresh folder that globalTeardown removes.
if (!process.env.E2E_DATABASE_URL || !process.env.E2E_XSS_DATABASE_URL || !process.env.E2E_ISOLATED_DATABASE_URL) {
  process.env.E2E_TMP_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-e2e-"));
  process.env.E2E_DATABASE_URL ??= path.join(process.env.E2E_TMP_DIR, "e2e.db");
  process.env.E2E_XSS_DATABASE_URL ??= path.join(process.env.E2E_TMP_DIR, "e2e-xss.db");
  process.env.E2E_ISOLATED_DATABASE_URL ??= path.join(process.env.E2E_TMP_DIR, "e2e-isolated.db");
}
// The stored-XSS spec writes hostile actors and issues: its own server and database keep the others' counts valid.
const xssPort = Number(process.env.E2E_XSS_PORT ?? port + 1000);
// The "isolated" project: specs that add and remove events, actors' and issues' edits, users, and the PDF route's
// 501. Its own server and database (so the timeline's event count and the matrix elsewhere hold while they run),
// started with CHROMIUM_PATH naming no file: server-side PDF is off there, as on a machine without Chromium.
const isolatedPort = Number(process.env.E2E_ISOLATED_PORT ?? port + 2000);
const ISOLATED = /(admin\/(events|entities|users|review)\/|export\/pdf-unavailable\.spec\.ts$)/;
const NO_CHROMIUM = "/nonexistent/chromium-for-the-pdf-501-test";
process.env.E2E_ADMIN_USERNAME ??= "e2e-admin";
process.env.E2E_ADMIN_PASSWORD ??= "e2e-admin-passphrase-not-for-production";

const chromium = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  globalTeardown: "./e2e/global-teardown.ts",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    acceptDownloads: true,
    launchOptions: {
      executablePath: chromium,
      args: [...CHROMIUM_FLAGS],
    },
  },
  projects: [
    { name: "chromium", testIgnore: [/xss\//, ISOLATED], use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 1000 } } },
    {
      name: "isolated",
      testMatch: ISOLATED,
      // The e2e helpers read this project's database from here (e2e/admin/helpers.ts: readDb).
      metadata: { database: process.env.E2E_ISOLATED_DATABASE_URL },
      use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 1000 }, baseURL: `http://127.0.0.1:${isolatedPort}` },
    },
    {
      name: "xss",
      testMatch: /xss\/.*\.spec\.ts$/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 1000 }, baseURL: `http://127.0.0.1:${xssPort}` },
    },
  ],
  webServer: [
    { port, db: process.env.E2E_DATABASE_URL, env: {} as Record<string, string> },
    { port: xssPort, db: process.env.E2E_XSS_DATABASE_URL, env: {} },
    { port: isolatedPort, db: process.env.E2E_ISOLATED_DATABASE_URL, env: { CHROMIUM_PATH: NO_CHROMIUM } },
  ].map((s) => ({
    command: "node --import tsx scripts/start.ts",
    url: `http://127.0.0.1:${s.port}/api/health`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    env: {
      PORT: String(s.port),
      DATABASE_URL: s.db!,
      ADMIN_USERNAME: process.env.E2E_ADMIN_USERNAME!,
      ADMIN_PASSWORD: process.env.E2E_ADMIN_PASSWORD!,
      NODE_ENV: "production",
      ...s.env,
    },
  })),
});
