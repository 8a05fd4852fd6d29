import { notFound } from "next/navigation";
import { pageLocale } from "@/i18n/page";
import { parseMatrixViewKey } from "@/lib/matrix-view";
import { todayIso } from "@/lib/dates";
import { MatrixView } from "../../_matrix/MatrixView";

/**
 * The cached matrix: "/" with a valid query is rewritten here by the proxy (proxy.ts), keyed by today's date and
 * the selection, so a view is rendered once and then served from the page cache until an admin write expires it.
 */
export default async function CachedMatrixPage({ params }: { params: Promise<{ view: string; locale: string }> }) {
  await pageLocale(params);
  const parsed = parseMatrixViewKey((await params).view);
  // Only the key the proxy makes today (proxy.ts refuses the rest before they get here; this is the second lock).
  if (!parsed || parsed.today !== todayIso()) notFound();
  return <MatrixView selection={parsed.selection} today={parsed.today} />;
}

/** Nothing is prerendered at build (there is no database then): each view is rendered on its first request, then cached. */
export function generateStaticParams() {
  return [];
}

export const dynamicParams = true;
