import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/link";
import { positionClass } from "@/lib/palette";

/** Explains the matrix encoding: colour and number for position, dots for salience, a dashed frame for low confidence. */
export async function MatrixLegend() {
  const t = await getTranslations("MatrixLegend");
  const points = [
    { value: -2, text: t("pressure") },
    { value: -1, text: "−1" },
    { value: 0, text: t("middle") },
    { value: 1, text: "+1" },
    { value: 2, text: t("accommodation") },
  ];
  return (
    <section aria-labelledby="legend-h" className="rounded-lg border border-slate-200 bg-white p-3 text-xs text-slate-700">
      <h2 id="legend-h" className="text-sm font-semibold text-slate-900">
        {t("title")}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2" aria-label={t("scaleLabel")}>
        {points.map((p) => (
          <li key={p.value} className={`rounded px-2 py-1 ring-1 ring-black/10 ring-inset ${positionClass(p.value)}`}>
            {p.text}
          </li>
        ))}
        <li className="rounded border border-dashed border-slate-300 px-2 py-1 italic text-slate-600">{t("none")}</li>
      </ul>
      <p className="mt-2">
        {t.rich("text", {
          mark: (chunks) => <span className="rounded-sm border border-dashed border-slate-500 px-1 text-[10px] font-semibold uppercase">{chunks}</span>,
        })}{" "}
        <Link href="/methodology" prefetch={false} className="text-blue-800 underline">
          {t("methodology")}
        </Link>
      </p>
    </section>
  );
}
