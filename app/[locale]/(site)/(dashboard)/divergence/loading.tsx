import { getTranslations } from "next-intl/server";
import { PageSkeleton } from "@/components/ui/Skeleton";

export default async function Loading() {
  const t = await getTranslations("Divergence");
  return <PageSkeleton title={t("loading")} blocks={["h-28", "h-96", "h-80"]} />;
}
