import { Link } from "@/i18n/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-600">There is no page here. The issue or actor may have been renamed, or the link is mistyped.</p>
      <p className="mt-6">
        <Link href="/" className="text-blue-700 underline">
          Back to the stance matrix
        </Link>
      </p>
    </div>
  );
}
