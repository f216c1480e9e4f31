import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMailTransport, type MailTransport } from '@/lib/contact/mailer'
import { drainOutbox } from '@/lib/contact/outbox'
import {
  claimDue,
  getDelivery,
  MAX_ATTEMPTS,
  outboxHealth,
  renewClaim,
  retryDelayMs,
} from '@/lib/contact/outbox-queue'
import { createInquiry, getInquiry } from '@/lib/contact/store'
import { sampleInput, sampleMeta, T0 } from '@/lib/contact/test-fixtures'
import { startTestSmtp, type TestSmtp } from '@/lib/contact/test-smtp'
import { openTestDb, testDialects, type TestDb } from '@/lib/db/test-databases'

describe.each(testDialects)('outbox delivery on %s', (dialect) => {
  let smtp: TestSmtp
  let transport: MailTransport
  let handle: TestDb

  beforeAll(async () => {
    smtp = await startTestSmtp()
    transport = createMailTransport(smtp.url)
  })
  afterAll(async () => {
    transport.close()
    await smtp.stop()
  })
  beforeEach(async () => {
    handle = await openTestDb(dialect)
    smtp.messages.length = 0
  })
  afterEach(async () => {
    await handle.close()
  })

  it('mails the team once per inquiry, with the visitor only in Reply-To', async () => {
    const { id } = await createInquiry(handle.db, sampleInput, sampleMeta())
    await createInquiry(handle.db, sampleInput, sampleMeta({ status: 'spam' }))

    const result = await drainOutbox(handle.db, {
      transport,
      now: T0,
      siteUrl: 'https://example.test',
      articleTitle: (slug) =>
        slug === sampleInput.article ? 'MVP vs scalable architecture' : undefined,
    })

    expect(result).toEqual({ sent: 1, failed: 0, remaining: 0 })
    expect(smtp.messages).toHaveLength(1)
    const mail = smtp.messages[0]
    expect(mail?.envelopeTo).toEqual(['team@localhost'])
    expect(mail?.headers.get('from')).toBe('Modder Coder <no-reply@localhost>')
    expect(mail?.headers.get('to')).toBe('team@localhost')
    expect(mail?.headers.get('reply-to')).toBe('Ada Lovelace <ada@example.com>')
    expect(mail?.headers.get('subject')).toBe(
      'New inquiry from Ada Lovelace about “MVP vs scalable architecture”',
    )
    expect(await getDelivery(handle.db, id)).toMatchObject({
      status: 'sent',
      sent_at: T0,
      attempts: 1,
    })

    expect(await drainOutbox(handle.db, { transport, now: T0 + 60_000 })).toEqual({
      sent: 0,
      failed: 0,
      remaining: 0,
    })
    expect(smtp.messages).toHaveLength(1)
  })

  it('sends a burst over one connection instead of greeting the mail server for each message', async () => {
    for (let i = 0; i < 5; i++) await createInquiry(handle.db, sampleInput, sampleMeta())
    const fresh = createMailTransport(smtp.url)
    const before = smtp.connections
    try {
      expect(await drainOutbox(handle.db, { transport: fresh, now: T0 })).toMatchObject({ sent: 5 })
    } finally {
      fresh.close()
    }
    expect(smtp.messages).toHaveLength(5)
    expect(smtp.connections - before).toBe(1)
  })

  it('keeps the inquiry and retries later when the mail server is down', async () => {
    const { id } = await createInquiry(handle.db, sampleInput, sampleMeta())
    await smtp.stop()
    try {
      expect(await drainOutbox(handle.db, { transport, now: T0 })).toEqual({
        sent: 0,
        failed: 1,
        remaining: 0,
      })
    } finally {
      await smtp.start()
    }

    expect(await getInquiry(handle.db, id)).toMatchObject({
      status: 'new',
      message: sampleInput.message,
    })
    const delivery = await getDelivery(handle.db, id)
    expect(delivery).toMatchObject({
      status: 'failed',
      attempts: 1,
      next_attempt_at: T0 + 30_000,
      claimed_until: null,
    })
    expect(delivery?.last_error).toMatch(/ECONNREFUSED|connect/i)

    // Backed off: the server is up again, but the retry is not due yet.
    expect(await drainOutbox(handle.db, { transport, now: T0 + 10_000 })).toEqual({
      sent: 0,
      failed: 0,
      remaining: 0,
    })
    expect(smtp.messages).toHaveLength(0)

    expect(await drainOutbox(handle.db, { transport, now: T0 + 30_000 })).toEqual({
      sent: 1,
      failed: 0,
      remaining: 0,
    })
    expect(smtp.messages).toHaveLength(1)
    expect(await getDelivery(handle.db, id)).toMatchObject({
      status: 'sent',
      attempts: 2,
      last_error: null,
    })
  })

  it('gives up after the last attempt and reports it in the health check', async () => {
    const { id } = await createInquiry(handle.db, sampleInput, sampleMeta())
    await handle.db
      .updateTable('outbox')
      .set({ status: 'failed', attempts: MAX_ATTEMPTS - 1 })
      .execute()
    expect(await outboxHealth(handle.db, T0)).toEqual({
      due: 1,
      retrying: 1,
      dead: 0,
      oldestUnsentAt: T0,
    })

    await smtp.stop()
    try {
      await drainOutbox(handle.db, { transport, now: T0 })
    } finally {
      await smtp.start()
    }

    expect(await getDelivery(handle.db, id)).toMatchObject({
      status: 'dead',
      attempts: MAX_ATTEMPTS,
    })
    expect(await drainOutbox(handle.db, { transport, now: T0 + 24 * 3_600_000 })).toMatchObject({
      sent: 0,
    })
    expect(await outboxHealth(handle.db, T0)).toEqual({
      due: 0,
      retrying: 0,
      dead: 1,
      oldestUnsentAt: null,
    })
  })

  it('delivers each message exactly once when two drainers run at the same time', async () => {
    const count = 12
    for (let i = 0; i < count; i++) {
      await createInquiry(
        handle.db,
        { ...sampleInput, article: undefined, name: `Person ${i}` },
        sampleMeta(),
      )
    }
    const other = handle.openPeer()

    const results = await Promise.all([
      drainOutbox(handle.db, { transport, now: T0, batchSize: 3 }),
      drainOutbox(other, { transport, now: T0, batchSize: 3 }),
    ])

    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(count)
    const subjects = smtp.messages.map((m) => m.headers.get('subject')).sort()
    expect(subjects).toEqual(
      Array.from({ length: count }, (_, i) => `New inquiry from Person ${i}`).sort(),
    )
  })

  it('does not send a row another drainer has claimed until its claim runs out', async () => {
    const { id } = await createInquiry(handle.db, sampleInput, sampleMeta())
    await handle.db
      .updateTable('outbox')
      .set({ claimed_until: T0 + 60_000 })
      .where('inquiry_id', '=', id)
      .execute()

    expect(await drainOutbox(handle.db, { transport, now: T0 })).toEqual({
      sent: 0,
      failed: 0,
      remaining: 0,
    })
    expect(await drainOutbox(handle.db, { transport, now: T0 + 60_000 })).toMatchObject({ sent: 1 })
    expect(smtp.messages).toHaveLength(1)
  })

  it('leaves a row to the drainer that took it over after a claim ran out', async () => {
    await createInquiry(handle.db, sampleInput, sampleMeta())
    const [stale] = await claimDue(handle.db, T0, 10, 1_000)
    if (!stale) throw new Error('expected the first drainer to claim the row')

    expect(await drainOutbox(handle.db, { transport, now: T0 + 2_000 })).toMatchObject({ sent: 1 })
    expect(await renewClaim(handle.db, stale, T0 + 3_000)).toBeNull()
    expect(smtp.messages).toHaveLength(1)
  })
})

describe('retry delay', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('starts at 30 seconds, doubles, and stops growing at an hour', () => {
    expect([1, 2, 3, 4, 8, 30].map((attempts) => retryDelayMs(attempts))).toEqual([
      30_000, 60_000, 120_000, 240_000, 3_600_000, 3_600_000,
    ])
  })

  it('starts from OUTBOX_BACKOFF_MS when set, so tests can live through an outage quickly', () => {
    vi.stubEnv('OUTBOX_BACKOFF_MS', '1000')
    expect([1, 2, 3].map((attempts) => retryDelayMs(attempts))).toEqual([1_000, 2_000, 4_000])
  })

  it('keeps the production delay when OUTBOX_BACKOFF_MS is not a number of milliseconds', () => {
    vi.stubEnv('OUTBOX_BACKOFF_MS', 'soon')
    expect(retryDelayMs(1)).toBe(30_000)
  })
})
