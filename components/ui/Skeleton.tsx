import { getTranslations } from "next-intl/server";

/** Placeholder blocks shown while a view's data loads (loading.tsx). */
export function Skeleton({ className = "" }: { className?: string }) {
  return <div aria-hidden className={`animate-pulse rounded-lg bg-slate-200/80 ${className}`} />;
}

/** A loading view; `title` names what loads, in the page's language ("the comparison", "비교"), for screen readers. */
export async function PageSkeleton({ title, blocks = ["h-24", "h-72", "h-96"] }: { title: string; blocks?: string[] }) {
  const t = await getTranslations("Loading");
  return (
    <div className="space-y-4" role="status" aria-live="polite">
      <p className="sr-only">{t("loading", { title })}</p>
      <Skeleton className="h-8 w-72" />
      <Skeleton className="h-4 w-full max-w-2xl" />
      {blocks.map((b, i) => (
        <Skeleton key={i} className={`${b} w-full`} />
      ))}
    </div>
  );
}
