import { getTranslations } from "next-intl/server";
import { PageSkeleton } from "@/components/ui/Skeleton";

export default async function TimelineLoading() {
  const t = await getTranslations("Loading");
  return <PageSkeleton title={t("timeline")} blocks={["h-16", "h-96"]} />;
}
