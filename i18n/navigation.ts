import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/** Locale-aware wrappers of Next's navigation APIs: `<Link href="/compare">` goes to `/ko/compare` on a Korean page. */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
