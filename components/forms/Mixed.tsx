/**
 * Data text shown on a Korean admin page (an issue title that quotes an English term, a name in Latin letters):
 * each run of Latin letters is marked lang="en", so screen readers and the page's language checks read it as the
 * English it is. Text without Latin letters, and every text on English pages, comes back as it is.
 * (The same rule as the public pages' MixedText; kept here so the admin forms need nothing outside their folder.)
 */
export function Mixed({ text, lang = "ko" }: { text: string; lang?: "en" | "ko" }) {
  if (lang === "en" || !/[A-Za-z]/.test(text)) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  const re = /[A-Za-z][A-Za-z0-9 ,.'’:;!?&\-/[\]]*[A-Za-z0-9'’)\]]?/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(
      <span key={m.index} lang="en">
        {m[0]}
      </span>,
    );
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
