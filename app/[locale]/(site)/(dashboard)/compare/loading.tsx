import { PageSkeleton } from "@/components/ui/Skeleton";

export default function Loading() {
  return <PageSkeleton title="the comparison" blocks={["h-20", "h-36", "h-[32rem]"]} />;
}
