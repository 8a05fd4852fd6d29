/**
 * Evidence links must be plain web links. Anything else (javascript:, data:, vbscript:, in any case, with
 * leading spaces or control characters that browsers would strip) is refused rather than cleaned up.
 */
export function isSafeHttpUrl(value: string): boolean {
  if (!/^https?:\/\/[^\s\u0000-\u001f\u007f]+$/i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}
