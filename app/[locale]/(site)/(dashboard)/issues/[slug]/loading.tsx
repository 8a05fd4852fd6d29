import { getTranslations } from "next-intl/server";
import { PageSkeleton } from "@/components/ui/Skeleton";

export default async function Loading() {
  const t = await getTranslations("Loading");
  return <PageSkeleton title={t("issue")} blocks={["h-24", "h-40", "h-96"]} />;
}
