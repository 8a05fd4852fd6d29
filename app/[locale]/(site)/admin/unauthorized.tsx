import { Link } from "@/i18n/link";
/**
 * 401 (never raised today: admin pages redirect to sign-in). Defined so that every page's inline payload carries
 * this short boundary instead of Next's default one with its inline styles (about 1.5 KB per page).
 */
export default function Unauthorized() {
  return (
    <div role="alert" className="mx-auto max-w-lg rounded-lg border border-amber-300 bg-amber-50 p-5 text-amber-950">
      <h1 className="text-lg font-semibold">Sign in required</h1>
      <p className="mt-1 text-sm">
        <Link href="/admin/sign-in" className="text-blue-800 underline">Sign in</Link> to open this page.
      </p>
    </div>
  );
}
