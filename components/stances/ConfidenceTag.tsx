import { useTranslations } from "next-intl";
import { domainText } from "@/lib/domain";

/** Confidence of a coding; low confidence is made hard to miss. */
export function ConfidenceTag({ confidence }: { confidence: "low" | "medium" | "high" }) {
  const d = domainText(useTranslations("Domain"));
  if (confidence === "low")
    return <span className="rounded border border-dashed border-amber-700 bg-amber-50 px-1.5 py-0.5 text-xs font-semibold text-amber-900">{d.confidenceTag.low}</span>;
  return <span className="text-xs text-slate-600">{d.confidenceTag[confidence]}</span>;
}
