"use client";
import { useParams } from "next/navigation";
import en from "@/messages/en/error.json";
import ko from "@/messages/ko/error.json";

/**
 * The error boundary of every page. The layout gives client components no message provider (pages carry only the
 * namespaces they use), so this boundary reads its few texts ("ErrorPage", a catalogue file of their own so that every page's scripts carry only these) directly, in
 * the language of the path.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale } = useParams<{ locale?: string }>();
  const t = (locale === "ko" ? ko : en)["ErrorPage"];
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">{t["title"]}</h1>
      <p className="mt-2 text-slate-600">{t["text"]}</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-slate-900 px-4 py-2 text-white">
        {t["retry"]}
      </button>
    </div>
  );
}
