/** Removes the temporary database folder playwright.config.ts made when the caller gave no databases. */
import fs from "node:fs";

export default function globalTeardown(): void {
  const dir = process.env.E2E_TMP_DIR;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
