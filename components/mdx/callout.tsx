const tones = {
  note: {
    label: 'Note',
    className:
      'border-sky-600 bg-sky-50 text-sky-950 dark:border-sky-500 dark:bg-sky-950/50 dark:text-sky-50',
  },
  tip: {
    label: 'Tip',
    className:
      'border-emerald-600 bg-emerald-50 text-emerald-950 dark:border-emerald-500 dark:bg-emerald-950/50 dark:text-emerald-50',
  },
  warning: {
    label: 'Warning',
    className:
      'border-amber-500 bg-amber-50 text-amber-950 dark:border-amber-500 dark:bg-amber-950/50 dark:text-amber-50',
  },
} as const

export type CalloutProps = {
  type?: keyof typeof tones
  title?: string
  children: React.ReactNode
}

/** An aside inside an article. Its label is text, not only colour, so it reads the same to everyone. */
export function Callout({ type = 'note', title, children }: CalloutProps) {
  const tone = tones[type] ?? tones.note
  return (
    <aside
      aria-label={title ?? tone.label}
      className={`not-prose my-7 rounded-r-lg border-l-4 px-5 py-4 ${tone.className}`}
    >
      <p className="font-semibold">{title ? `${tone.label}: ${title}` : tone.label}</p>
      <div className="mt-1 leading-relaxed [&_a]:underline [&_code]:font-mono [&_code]:text-[0.9em] [&>p]:mt-2 [&>p:first-child]:mt-0">
        {children}
      </div>
    </aside>
  )
}
