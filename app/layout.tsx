/**
 * The root of the app passes through: the document (`<html lang>`, header, footer) is app/[locale]/layout.tsx,
 * in the language of the path. This file exists so that a path outside every language (app/not-found.tsx) has
 * a small page of its own, not Next's default one inlined into every page's payload.
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
