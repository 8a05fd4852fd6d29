/** The success banner after a save that redirected back to the edit page. */
export function SavedBanner({ message }: { message: string | null }) {
  return (
    <div aria-live="polite">
      {message && (
        <p data-testid="saved-message" className="rounded border border-green-300 bg-green-50 p-3 text-sm font-semibold text-green-900">
          {message}
        </p>
      )}
    </div>
  );
}
