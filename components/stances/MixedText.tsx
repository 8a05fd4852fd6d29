import { latinRuns } from "@/lib/text-runs";

/**
 * Data text of a Korean page that keeps runs in their original language (an English quote inside a Korean
 * summary, a name or code in Latin letters): each Latin run is marked lang="en", so screen readers and the
 * page's language checks read it as the English it is. Text without Latin letters comes back as it is.
 */
export function MixedText({ text }: { text: string }) {
  const runs = latinRuns(text);
  if (!runs.some((r) => r.latin)) return <>{text}</>;
  return (
    <>
      {runs.map((r, i) =>
        r.latin ? (
          <span key={i} lang="en">
            {r.text}
          </span>
        ) : (
          r.text
        ),
      )}
    </>
  );
}

/**
 * Content in its original language: English text (a source's paraphrase or a note not yet translated) marked
 * lang="en" as a whole; Korean text with its Latin runs marked.
 */
export function Content({ text }: { text: string }) {
  if (!/[\uac00-\ud7a3]/.test(text)) return <span lang="en">{text}</span>;
  return <MixedText text={text} />;
}
