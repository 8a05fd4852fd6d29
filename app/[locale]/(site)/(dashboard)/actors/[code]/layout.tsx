import { notFound } from "next/navigation";
import * as cached from "@/db/cached";

/** Checks the code outside the page's loading boundary, so an unknown actor answers with HTTP 404. */
export default async function ActorLayout({ children, params }: { children: React.ReactNode; params: Promise<{ code: string }> }) {
  const { code } = await params;
  if (!(await cached.listActors()).some((a) => a.code === code)) notFound();
  return children;
}
