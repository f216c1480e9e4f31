const alertClass =
  'rounded-md border border-red-700 bg-red-50 p-4 font-medium text-red-800 dark:border-red-400 dark:bg-red-950/50 dark:text-red-100'

/** The live region that announces what stopped the form: a refusal, or how many fields to fix. */
export function FormAlert({
  formError,
  problemCount,
}: {
  formError?: string
  problemCount: number
}) {
  return (
    <div aria-live="polite" role="status" className="empty:hidden">
      {formError ? (
        <p className={alertClass}>{formError}</p>
      ) : problemCount > 0 ? (
        <p className={alertClass}>
          {problemCount === 1 ? 'One field needs' : `${problemCount} fields need`} attention before
          we can send your message.
        </p>
      ) : null}
    </div>
  )
}
