export function DraftBanner() {
  return (
    <p
      role="note"
      className="mb-6 rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <strong>Draft</strong>: this article is not published. It is visible only in development and
      is not listed anywhere.
    </p>
  )
}
