export const primaryButton =
  'bg-accent hover:bg-accent-strong text-on-accent rounded-md px-4 py-2 font-semibold'

export const secondaryButton =
  'border-line hover:bg-wash bg-paper text-ink rounded-md border px-4 py-2 font-medium'

export const textLink = 'text-accent font-medium underline underline-offset-4 hover:no-underline'
