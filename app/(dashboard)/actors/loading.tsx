import { PageSkeleton } from "@/components/ui/Skeleton";

export default function Loading() {
  return <PageSkeleton title="the actors" blocks={["h-40", "h-40"]} />;
}
