// The contact form's fields as both sides know them: hidden field names, the choices for "need",
// the length limits. No zod and no `server-only`: the client form renders these on first load.

/** A field people never see or fill; bots that fill every input reveal themselves. */
export const HONEYPOT_FIELD = 'website'

/** Carries the signed render time from `issueFormToken`. */
export const FORM_TOKEN_FIELD = 'formToken'

/** A random id the browser makes once per filled-in form, so a resubmit is recognised. */
export const SUBMISSION_ID_FIELD = 'submissionId'

/** People take longer than this to fill in a name, an email and 20 characters of message. */
export const MIN_FILL_MS = 3_000

export const NEEDS = ['new-product', 'scaling', 'architecture-review', 'other'] as const
export type Need = (typeof NEEDS)[number]

export const NEED_LABELS: Record<Need, string> = {
  'new-product': 'New product',
  scaling: 'Scaling an existing product',
  'architecture-review': 'Architecture review',
  other: 'Other',
}

/** The label for a stored need; an unknown value (from an older form) shows as stored. */
export function needLabel(need: string | null | undefined): string {
  if (!need) return ''
  return isNeed(need) ? NEED_LABELS[need] : need
}

function isNeed(value: string): value is Need {
  return (NEEDS as readonly string[]).includes(value)
}

/** Limits the form's `maxLength`/`minLength` attributes should repeat. */
export const LIMITS = {
  name: 100,
  email: 254,
  company: 120,
  messageMin: 20,
  messageMax: 5000,
  article: 200,
} as const
