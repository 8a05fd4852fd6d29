import { getTranslations } from "next-intl/server";
import { PageSkeleton } from "@/components/ui/Skeleton";

export default async function Loading() {
  const t = await getTranslations("Loading");
  return <PageSkeleton title={t("changes")} blocks={["h-24", "h-64", "h-64"]} />;
}
