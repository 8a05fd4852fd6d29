import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/dates";
import { publication } from "@/lib/horizon";
import { Content } from "./MixedText";

export type EvidenceItem = {
  title: string;
  publisher: string;
  date: string;
  url: string | null;
  paraphrase: string;
  quote: string | null;
  note: string | null;
};

/** Content kept in its original language (quotes, source titles, publishers): marked English unless it is Korean. */
export function contentLang(text: string): "en" | undefined {
  return /[\uac00-\ud7a3]/.test(text) ? undefined : "en";
}

/** The mark of a stance coded without a source: visible, never a borrowed source. */
export function UnsourcedMark() {
  const t = useTranslations("Stances");
  return (
    <span data-testid="unsourced" className="rounded border border-dashed border-slate-500 bg-white px-1 text-xs font-semibold uppercase tracking-wide text-slate-700">
      {t("unsourced")}
    </span>
  );
}

/** "published later": the source appeared after the date the view shows (used to code it, visibly). */
export function PublishedLaterMark({ date, asOf }: { date: string; asOf: string }) {
  const t = useTranslations("Stances");
  const locale = useLocale();
  const when = publication(date, asOf);
  if (when === "before") return null;
  return (
    <span
      data-testid="published-later"
      title={t("publishedLaterTitle", { date: formatDate(asOf, locale) })}
      className="ml-1 rounded bg-violet-100 px-1 font-medium text-violet-900"
    >
      {when === "later" ? t("publishedLater") : t("maybePublishedLater")}
    </span>
  );
}

/** The coder's note on a stance (what is inferred or carried forward, why it is unsourced). */
export function StanceNoteText({ note }: { note: string | null }) {
  const t = useTranslations("Stances");
  if (!note) return null;
  return (
    <p className="mt-1 text-xs text-slate-700">
      <span className="font-medium">{t("coderNote")}</span> <Content text={note} />
    </p>
  );
}

/**
 * Who coded a stance and its review: "Coded by ana · reviewed by ben on 30 Nov 2026", or "not reviewed" (saved
 * directly, or seeded from the curated dataset, which was checked against its sources as a whole).
 */
export function ReviewLine({ codedBy, reviewedAt, reviewedBy }: { codedBy: string | null; reviewedAt: string | null; reviewedBy: string | null }) {
  const t = useTranslations("Stances");
  const locale = useLocale();
  return (
    <p className="mt-1 text-xs text-slate-600" data-testid="review-line">
      {[
        codedBy ? t("codedBy", { user: codedBy }) : t("codedCurated"),
        reviewedAt
          ? reviewedBy
            ? t("reviewedBy", { date: formatDate(reviewedAt.slice(0, 10), locale), user: reviewedBy })
            : t("reviewed", { date: formatDate(reviewedAt.slice(0, 10), locale) })
          : t("notReviewed"),
      ].join(" · ")}
    </p>
  );
}

/**
 * Sources behind a stance: publisher, date, paraphrase or checked quote, caveats, link. With `asOf` (a view of a
 * past date), sources published after that date are marked "published later", not hidden. A stance without
 * evidence is marked unsourced, with the coder's note when there is one.
 */
export function EvidenceList({
  items,
  asOf,
  note = null,
  position,
}: {
  items: EvidenceItem[];
  asOf?: string;
  note?: string | null;
  /** The stance's position: a "no stated position" row without evidence is not unsourced, it claims nothing. */
  position: number | null;
}) {
  const t = useTranslations("Stances");
  const locale = useLocale();
  if (items.length === 0 && position === null)
    return <p className="text-sm italic text-slate-700">{note ? t("noSourceSeeNote") : t("noSource")}</p>;
  if (items.length === 0)
    return (
      <p className="text-sm text-slate-700">
        <UnsourcedMark /> <span className="italic">{note ? t("withoutSourceSeeNote") : t("withoutSource")}</span>
      </p>
    );
  return (
    <ul className="space-y-2">
      {items.map((e, i) => (
        <li key={i} className="border-l-2 border-slate-200 pl-3 text-sm">
          <p className="text-slate-900">
            {e.quote ? (
              <>
                <q className="italic" lang={contentLang(e.quote)}>{e.quote}</q>
                <span className="text-slate-600"> — <Content text={e.paraphrase} /></span>
              </>
            ) : (
              <Content text={e.paraphrase} />
            )}
          </p>
          <p className="mt-0.5 text-xs text-slate-600">
            {e.url ? (
              <a href={e.url} rel="noopener noreferrer nofollow" target="_blank" className="text-blue-800 underline" lang={contentLang(e.title)}>
                {e.title}
              </a>
            ) : (
              <cite className="not-italic" lang={contentLang(e.title)}>{e.title}</cite>
            )}
            {" · "}
            <span lang={contentLang(e.publisher)}>{e.publisher}</span> · {formatDate(e.date, locale)}
            {asOf && <PublishedLaterMark date={e.date} asOf={asOf} />}
          </p>
          {e.note && <p className="mt-0.5 text-xs text-amber-800">{t.rich("caveat", { note: e.note, content: () => <Content text={e.note ?? ""} /> })}</p>}
        </li>
      ))}
    </ul>
  );
}
