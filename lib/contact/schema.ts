import { z } from 'zod'

import { LIMITS, NEEDS } from './fields'

// zod 4 compiles object parsers with `new Function` when it may, and probes for that even under a
// CSP without 'unsafe-eval', which reports a violation on /contact. The interpreted parser is
// fast enough for one form; this must run before any schema below is built.
z.config({ jitless: true })

// No `server-only` here: the client form loads this schema (lazily, on first focus) for instant
// feedback. What the form needs at once (limits, choices) is in ./fields, without zod.

// Line breaks in a name or company could forge headers in the notification email; the rest is never meant.
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/
const NUL = /\u0000/
// What a decoder puts where the bytes were not valid UTF-8: storing it would keep a lead's text
// silently mangled, so the visitor is asked to type it again instead.
const UNREADABLE = /\uFFFD/
const unreadable = (what: string) =>
  `${what} has characters we could not read (a broken encoding); type it again`
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const count = (n: number) => n.toLocaleString('en-US')
const lengthOf = (input: unknown) => (typeof input === 'string' ? input.length : 0)
const emptyToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value

const name = z
  .string({ error: 'Enter your name' })
  .trim()
  .min(1, { error: 'Enter your name', abort: true })
  .max(LIMITS.name, {
    error: (iss) =>
      `Your name can be at most ${LIMITS.name} characters (you wrote ${count(lengthOf(iss.input))})`,
  })
  .refine(
    (v) => !CONTROL_CHARS.test(v),
    'Your name can’t contain line breaks or control characters',
  )
  .refine((v) => !UNREADABLE.test(v), unreadable('Your name'))

const email = z
  .string({ error: 'Enter your email address' })
  .trim()
  .min(1, { error: 'Enter your email address', abort: true })
  .max(LIMITS.email, {
    error: `An email address can be at most ${LIMITS.email} characters`,
    abort: true,
  })
  .pipe(z.email({ error: 'Enter a valid email address, like name@company.com' }))

const company = z.preprocess(
  emptyToUndefined,
  z
    .string({ error: 'Enter your company as text' })
    .trim()
    .max(LIMITS.company, {
      error: (iss) =>
        `Your company name can be at most ${LIMITS.company} characters (you wrote ${count(lengthOf(iss.input))})`,
    })
    .refine(
      (v) => !CONTROL_CHARS.test(v),
      'Your company name can’t contain line breaks or control characters',
    )
    .refine((v) => !UNREADABLE.test(v), unreadable('Your company name'))
    .optional(),
)

const need = z.preprocess(
  emptyToUndefined,
  z.enum(NEEDS, { error: 'Choose one of the listed options for what you need' }).optional(),
)

const message = z
  .string({ error: 'Enter your message' })
  .trim()
  .min(1, { error: 'Enter your message', abort: true })
  .min(LIMITS.messageMin, {
    error: (iss) =>
      `Your message needs at least ${LIMITS.messageMin} characters (you wrote ${count(lengthOf(iss.input))})`,
  })
  .max(LIMITS.messageMax, {
    error: (iss) =>
      `Your message can be at most ${count(LIMITS.messageMax)} characters (you wrote ${count(lengthOf(iss.input))})`,
  })
  .refine(
    (v) => !NUL.test(v),
    'Your message contains a character that can’t be sent (NUL); remove it',
  )
  .refine((v) => !UNREADABLE.test(v), unreadable('Your message'))

// The article a visitor came from is context, not input: anything odd is dropped, never shown as an error.
const article = z.string().trim().max(LIMITS.article).regex(SLUG).optional().catch(undefined)

export const contactSchema = z.object({ name, email, company, need, message, article })

export type ContactInput = z.infer<typeof contactSchema>
export type ContactFieldErrors = ReturnType<typeof fieldErrorsOf>

/** Every field's messages, for `aria-describedby` beside each input. */
export function fieldErrorsOf(error: z.ZodError<ContactInput>) {
  return z.flattenError(error).fieldErrors
}
