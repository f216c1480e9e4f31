import 'server-only'

import { idempotencyKeyFor } from '@/lib/contact/idempotency'
import { hashIp } from '@/lib/contact/ip-hash'
import { consumeRateLimit } from '@/lib/contact/rate-limit'
import { contactSchema, fieldErrorsOf, type ContactFieldErrors } from '@/lib/contact/schema'
import { spamReason } from '@/lib/contact/spam'
import { createInquiry } from '@/lib/contact/store'
import type { Db } from '@/lib/db'
import { hashPrefix, log } from '@/lib/log'

export type Submission = {
  /** The form's fields as posted: strings from FormData, nothing trusted. */
  fields: Record<string, unknown>
  honeypot: unknown
  formToken: unknown
  submissionId: unknown
  clientIp: string
  userAgent: string | null
  /** Slugs that exist; an unknown `article` is dropped, not stored. */
  knownArticle: (slug: string) => boolean
  now?: number
}

export type IntakeResult =
  | { outcome: 'invalid'; fieldErrors: ContactFieldErrors }
  | { outcome: 'rate-limited'; retryAfterSeconds: number }
  | {
      outcome: 'accepted'
      id: number
      name: string
      duplicate: boolean
      spam: boolean
      notify: boolean
    }

/**
 * Everything a contact submission goes through, in order: validation (a failure costs nothing),
 * the rate limit (spam counts against it too), then one transaction that stores the inquiry and
 * queues its notification. A caught bot is stored as spam and told it succeeded.
 */
export async function takeInquiry(db: Db, submission: Submission): Promise<IntakeResult> {
  const now = submission.now ?? Date.now()
  const parsed = contactSchema.safeParse(submission.fields)
  if (!parsed.success) return { outcome: 'invalid', fieldErrors: fieldErrorsOf(parsed.error) }

  const input = parsed.data
  if (input.article && !submission.knownArticle(input.article)) input.article = undefined

  const ipHash = hashIp(submission.clientIp)
  const idempotencyKey = idempotencyKeyFor(submission.submissionId, submission.formToken, input)
  const spam = spamReason({ honeypot: submission.honeypot, token: submission.formToken, now })

  const limit = await consumeRateLimit(db, ipHash, now)
  if (!limit.allowed) {
    log.info(
      { ipHash: hashPrefix(ipHash), retryAfterSeconds: limit.retryAfterSeconds },
      'inquiry rate limited',
    )
    return { outcome: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds }
  }

  const stored = await createInquiry(db, input, {
    ipHash,
    userAgent: submission.userAgent,
    idempotencyKey,
    status: spam ? 'spam' : 'new',
    now,
  })
  log.info(
    {
      inquiryId: stored.id,
      duplicate: stored.duplicate,
      spam: spam ?? undefined,
      ipHash: hashPrefix(ipHash),
    },
    'inquiry stored',
  )
  return {
    outcome: 'accepted',
    id: stored.id,
    name: input.name,
    duplicate: stored.duplicate,
    spam: spam !== null,
    notify: spam === null && !stored.duplicate,
  }
}
