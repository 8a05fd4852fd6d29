import Link from "next/link";
import "./globals.css";

/** A path that reaches no language (the proxy gives every page path one, so this is rare): a plain 404 document. */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <main className="mx-auto max-w-xl py-16 text-center">
          <h1 className="text-2xl font-semibold">Not found · 페이지를 찾을 수 없습니다</h1>
          <p className="mt-6">
            <Link href="/" className="text-blue-700 underline">
              Stance Atlas
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
