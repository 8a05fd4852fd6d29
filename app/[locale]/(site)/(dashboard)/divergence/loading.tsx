import { PageSkeleton } from "@/components/ui/Skeleton";

export default function Loading() {
  return <PageSkeleton title="the divergence views" blocks={["h-28", "h-96", "h-80"]} />;
}
