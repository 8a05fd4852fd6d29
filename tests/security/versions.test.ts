import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const version = (pkg: string): number[] => (require(`${pkg}/package.json`).version as string).split(/[.-]/).slice(0, 3).map(Number);
const atLeast = (v: number[], min: number[]) => {
  for (let i = 0; i < 3; i++) if (v[i] !== min[i]) return v[i] > min[i];
  return true;
};

/**
 * Offline floor for the framework versions, since the audit endpoint may be unreachable: Next.js before 16.2.11
 * has published Server Action advisories; React Server Components before 19.2.1 (19.x) had the RSC
 * remote-code-execution advisory (CVE-2025-55182).
 */
describe("[security] framework versions", () => {
  it("next is at 16.2.11 or later", () => {
    expect(atLeast(version("next"), [16, 2, 11])).toBe(true);
  });
  it("react and react-dom are past the RSC advisory", () => {
    expect(atLeast(version("react"), [19, 2, 1])).toBe(true);
    expect(atLeast(version("react-dom"), [19, 2, 1])).toBe(true);
  });
});
