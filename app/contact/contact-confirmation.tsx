/** Replaces the form once the inquiry is stored, and says what happens next. */
export function ContactConfirmation({ name }: { name: string }) {
  return (
    <div
      role="status"
      className="rounded-lg border border-emerald-600 bg-emerald-50 p-6 text-emerald-950 dark:border-emerald-500 dark:bg-emerald-950/50 dark:text-emerald-50"
    >
      <h2 className="text-xl font-semibold">Thank you, {name}. Your message is with us.</h2>
      <p className="mt-2 leading-relaxed">
        A senior engineer reads every inquiry and replies within two working days, from a real
        address you can answer. If it is urgent, say so in your reply and we will call.
      </p>
    </div>
  )
}
