import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/link";

/** A short glossary, closed by default, under a view's controls: the terms an analyst meets on the comparison views. */
export async function Glossary({ className = "" }: { className?: string }) {
  const t = await getTranslations("Glossary");
  const terms = [
    { id: "salience", term: t("salience"), text: t("salienceText") },
    { id: "divergence", term: t("divergence"), text: t("divergenceText") },
    { id: "poles", term: t("poles"), text: t("polesText") },
    { id: "confidence", term: t("confidence"), text: t("confidenceText") },
    { id: "cvid", term: "CVID / FFVD", text: t("cvidText") },
  ];
  return (
    <details className={`no-print rounded-lg border border-slate-200 bg-white p-3 text-sm ${className}`} data-testid="glossary">
      <summary className="cursor-pointer font-medium text-slate-800">{t("title")}</summary>
      <dl className="mt-2 grid gap-x-6 gap-y-2 md:grid-cols-2">
        {terms.map((g) => (
          <div key={g.id}>
            <dt className="font-medium text-slate-900">{g.term}</dt>
            <dd className="text-slate-700">{g.text}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs">
        <Link href="/methodology" prefetch={false} className="text-blue-800 underline">
          {t("methodology")}
        </Link>
      </p>
    </details>
  );
}
