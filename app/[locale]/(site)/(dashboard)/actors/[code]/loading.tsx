import { PageSkeleton } from "@/components/ui/Skeleton";

export default function Loading() {
  return <PageSkeleton title="the actor profile" blocks={["h-24", "h-96", "h-80"]} />;
}
