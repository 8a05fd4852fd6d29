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
    <section aria-labelledby="legend-h" className="mx-legend">
      <h2 id="legend-h">
        {t("title")}
      </h2>
      <ul aria-label={t("scaleLabel")}>
        {points.map((p) => (
          <li key={p.value} className={positionClass(p.value)}>
            {p.text}
          </li>
        ))}
        <li>{t("none")}</li>
      </ul>
      <p>
        {t.rich("text", {
          mark: (chunks) => <mark>{chunks}</mark>,
        })}{" "}
        <Link href="/methodology" prefetch={false} className="text-blue-800 underline">
          {t("methodology")}
        </Link>
      </p>
    </section>
  );
}
