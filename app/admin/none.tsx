/** An empty cell or value: a dash to the eye, "None" to a screen reader. */
export function None() {
  return (
    <>
      <span aria-hidden="true" className="text-muted">
        —
      </span>
      <span className="sr-only">None</span>
    </>
  )
}
