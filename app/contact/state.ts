import type { ContactFieldErrors } from '@/lib/contact/schema'

/** What the visitor typed, echoed back so an error never empties the form. */
export type ContactValues = {
  name: string
  email: string
  company: string
  need: string
  message: string
}

export type ContactState =
  | { status: 'idle'; values: ContactValues }
  | { status: 'success'; name: string }
  | {
      status: 'error'
      fieldErrors: ContactFieldErrors
      /** A problem with the submission as a whole (rate limit, expired page), not one field. */
      formError?: string
      values: ContactValues
    }

export const emptyValues: ContactValues = {
  name: '',
  email: '',
  company: '',
  need: '',
  message: '',
}
