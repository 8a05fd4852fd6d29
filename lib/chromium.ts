/**
 * The command-line flags every headless Chromium of this project starts with (server PDF, Playwright, Lighthouse):
 * root in a container needs --no-sandbox, and this machine's closed network refuses Chromium's background
 * connections, so those are off. Pure data.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
