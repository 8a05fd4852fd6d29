import { PageSkeleton } from "@/components/ui/Skeleton";

export default function Loading() {
  return <PageSkeleton title="the timeline" blocks={["h-16", "h-96"]} />;
}
