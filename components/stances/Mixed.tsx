import { MixedText } from "./MixedText";

/**
 * A text of the dataset as the lean views show it: on a Korean page with its Latin runs marked lang="en"
 * (MixedText); on an English page as it is, without a span per run (the page is English already). Works in server
 * and client components.
 */
export function Mixed({ text, locale }: { text: string; locale: string }) {
  return locale === "en" ? text : <MixedText text={text} />;
}
