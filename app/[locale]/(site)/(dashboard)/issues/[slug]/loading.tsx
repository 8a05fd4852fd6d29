import { PageSkeleton } from "@/components/ui/Skeleton";

export default function Loading() {
  return <PageSkeleton title="the issue" blocks={["h-24", "h-40", "h-96"]} />;
}
