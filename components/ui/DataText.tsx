import { englishRuns } from "@/lib/i18n/english-runs";

/**
 * A text of the dataset (issue title, scale label, event title, summary) as a page shows it: on a Korean page the
 * English it quotes is marked lang="en"; elsewhere the text as it is. Works in server and client components.
 */
export function DataText({ text, locale }: { text: string; locale: string }) {
  if (locale === "en") return text;
  const runs = englishRuns(text);
  if (runs.length === 1 && !runs[0].en) return text;
  return runs.map((r, i) => (r.en ? <span key={i} lang="en">{r.text}</span> : r.text));
}
