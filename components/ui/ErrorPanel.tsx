/** A 400-style message for bad URL parameters, shown instead of the view. */
export function ErrorPanel({ title = "This link has a problem", message, back }: { title?: string; message: string; back?: { href: string; label: string } }) {
  return (
    <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h2 className="font-semibold">{title}</h2>
      <p className="mt-1 text-sm">{message}</p>
      {back && (
        <a href={back.href} className="mt-3 inline-block text-sm font-medium text-blue-800 underline">
          {back.label}
        </a>
      )}
    </div>
  );
}
