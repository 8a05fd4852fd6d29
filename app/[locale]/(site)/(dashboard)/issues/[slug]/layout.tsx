import { notFound } from "next/navigation";
import * as cached from "@/db/cached";

/**
 * Checks the slug outside the page's loading boundary: a notFound() here happens before any streaming starts,
 * so an unknown issue answers with HTTP 404 (inside the boundary it would be a 200 with the not-found UI).
 */
export default async function IssueLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!(await cached.listIssues()).some((i) => i.slug === slug)) notFound();
  return children;
}
