import 'server-only'
import { renderInquiryEmail } from '@/lib/contact/email'
import { inquiryMessage, type MailTransport } from '@/lib/contact/mailer'
import { outboxLeaseMs } from '@/lib/contact/outbox-env'
import { claimDue, countDue, markFailed, markSent, renewClaim } from '@/lib/contact/outbox-queue'
import type { Db } from '@/lib/db'
import type { OutboxEntry } from '@/lib/db/schema'
import { log } from '@/lib/log'

export interface DrainOptions {
  transport: MailTransport
  /** Epoch ms for the whole drain; tests pass it to move time instead of sleeping. Default: the clock. */
  now?: number
  batchSize?: number
  /** How long a claim holds (default OUTBOX_LEASE_MS, 2 minutes); longer than one send's SMTP timeouts (40 s at most). */
  leaseMs?: number
  /** Origin for links in the email; defaults to SITE_URL. */
  siteUrl?: string
  articleTitle?: (slug: string) => string | undefined
}

export interface DrainResult {
  sent: number
  failed: number
  /** Rows still due and unclaimed when the drain stopped. */
  remaining: number
}

type Outcome = 'sent' | 'failed' | 'lost-claim'

// Bounds one drain, so one call returns between batches of a flood; the caller decides whether
// to go on (lib/contact/outbox-timer.ts does while sends succeed).
export const MAX_BATCHES = 10
export const BATCH_SIZE = 10

/**
 * Sends due notifications, each once, up to MAX_BATCHES batches a call (`remaining` tells what is
 * left). Safe to run from several processes at the same time.
 */
export async function drainOutbox(db: Db, options: DrainOptions): Promise<DrainResult> {
  const { batchSize = BATCH_SIZE, leaseMs = outboxLeaseMs() } = options
  const clock = () => options.now ?? Date.now()
  const result = { sent: 0, failed: 0 }
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const claimed = await claimDue(db, clock(), batchSize, leaseMs)
    if (claimed.length === 0) break
    for (const entry of claimed) {
      const held = await renewClaim(db, entry, clock() + leaseMs)
      const outcome = held ? await deliver(db, held, clock(), options) : 'lost-claim'
      if (outcome !== 'lost-claim') result[outcome]++
    }
  }
  return { ...result, remaining: await countDue(db, clock()) }
}

async function deliver(
  db: Db,
  entry: OutboxEntry,
  now: number,
  options: DrainOptions,
): Promise<Outcome> {
  const inquiry = await db
    .selectFrom('inquiries')
    .selectAll()
    .where('id', '=', entry.inquiry_id)
    .executeTakeFirstOrThrow()
  const email = renderInquiryEmail(inquiry, {
    siteUrl: options.siteUrl ?? process.env.SITE_URL ?? 'http://localhost:3000',
    articleTitle: inquiry.article_slug ? options.articleTitle?.(inquiry.article_slug) : undefined,
  })
  try {
    await options.transport.sendMail(inquiryMessage(inquiry, email))
  } catch (error) {
    await markFailed(db, entry, now, error)
    log.warn(
      { inquiryId: inquiry.id, attempt: entry.attempts + 1, err: error },
      'inquiry notification failed',
    )
    return 'failed'
  }
  // Outside the try: a send that worked is not a failed attempt. If recording it fails, the claim
  // runs out and the row is sent again: the one case where the team gets a duplicate, never none.
  await markSent(db, entry, now)
  log.info({ inquiryId: inquiry.id }, 'inquiry notification sent')
  return 'sent'
}
