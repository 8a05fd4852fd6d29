import { PageSkeleton } from "@/components/ui/Skeleton";

export default function Loading() {
  return <PageSkeleton title="what moved" blocks={["h-24", "h-64", "h-64"]} />;
}
