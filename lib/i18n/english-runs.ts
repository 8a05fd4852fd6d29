/**
 * Korean texts of the dataset quote English wording as it was said ("big deal", "hostile"), with a Korean gloss.
 * These runs split such a text into the quoted passages that contain Latin letters and the rest, so a Korean page
 * can mark the quotes lang="en". Pure string work.
 */
const QUOTED_LATIN = /"[^"]*[A-Za-z][^"]*"|“[^”]*[A-Za-z][^”]*”/g;

export type TextRun = { text: string; en: boolean };

export function englishRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of text.matchAll(QUOTED_LATIN)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index), en: false });
    runs.push({ text: m[0], en: true });
    at = m.index + m[0].length;
  }
  if (at < text.length || runs.length === 0) runs.push({ text: text.slice(at), en: false });
  return runs;
}
