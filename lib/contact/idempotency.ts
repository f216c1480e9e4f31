import 'server-only'
import { createHash } from 'node:crypto'
import type { ContactInput } from '@/lib/contact/schema'

const SUBMISSION_ID = /^[A-Za-z0-9_-]{16,100}$/

/**
 * The key that makes a resubmit of the same form a duplicate rather than a second lead.
 * Prefers the browser's submission id; without JavaScript there is none, so the form token
 * (one per page render) plus what was written stands in: a double click still matches,
 * a second, different message from the same page does not.
 */
export function idempotencyKeyFor(
  submissionId: unknown,
  formToken: unknown,
  input: Pick<ContactInput, 'email' | 'message'>,
): string {
  if (typeof submissionId === 'string' && SUBMISSION_ID.test(submissionId)) {
    return `id:${submissionId}`
  }
  const token = typeof formToken === 'string' ? formToken : ''
  const digest = createHash('sha256')
    .update(JSON.stringify([token, input.email, input.message]))
    .digest('hex')
  return `form:${digest}`
}
