import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { ALL_CACHE_TAGS, type CacheTag } from "@/db/cache-tags";

/**
 * After a committed write: expires the read-cache tags of the tables it touched (all of them when none are
 * named), so the very next request, this editor's redirect included, reads the database again; and drops the
 * cached page renders under "/". Call it from the server action, after the transaction returned ok.
 */
export function dataChanged(...tags: CacheTag[]) {
  for (const tag of tags.length ? tags : ALL_CACHE_TAGS) updateTag(tag);
  revalidatePath("/", "layout");
}
