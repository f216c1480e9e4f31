export const primaryButton =
  'bg-accent hover:bg-accent-strong rounded-md px-4 py-2 font-semibold text-white'

export const secondaryButton =
  'border-line hover:bg-wash rounded-md border bg-white px-4 py-2 font-medium text-ink'

export const textLink = 'text-accent font-medium underline underline-offset-4 hover:no-underline'
