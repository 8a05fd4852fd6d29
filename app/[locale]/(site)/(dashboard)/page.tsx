import { getTranslations } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/i18n/page";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { todayIso } from "@/lib/dates";
import { parseMatrixQuery } from "@/lib/matrix-view";
import { MatrixView } from "./_matrix/MatrixView";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The matrix. Valid queries normally never reach this page: the proxy rewrites them to the cached route
 * /matrix/[view]. It renders them all the same (and explains invalid ones).
 */
export default async function MatrixPage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  await pageLocale(params);
  const sp = await searchParams;
  const today = todayIso();
  const selection = parseMatrixQuery(sp, today);
  if (!selection.ok) {
    const t = await getTranslations("Matrix");
    return <ErrorPanel message={selection.error} back={{ href: "/", label: t("today") }} />;
  }
  return <MatrixView selection={selection.value} today={today} />;
}
