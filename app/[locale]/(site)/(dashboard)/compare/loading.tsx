import { getTranslations } from "next-intl/server";
import { PageSkeleton } from "@/components/ui/Skeleton";

export default async function Loading() {
  const t = await getTranslations("Compare");
  return <PageSkeleton title={t("loading")} blocks={["h-20", "h-36", "h-[32rem]"]} />;
}
