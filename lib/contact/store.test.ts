import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  allInquiries,
  countInquiries,
  createInquiry,
  getInquiry,
  listInquiries,
  setInquiryStatus,
} from '@/lib/contact/store'
import { sampleInput, sampleMeta, T0 } from '@/lib/contact/test-fixtures'
import { openTestDb, testDialects, useTestDb, type TestDb } from '@/lib/db/test-databases'

describe.each(testDialects)('inquiry store on %s', (dialect) => {
  const db = () => handle.db

  const handle = useTestDb(dialect)

  async function outboxFor(inquiryId: number) {
    return db().selectFrom('outbox').selectAll().where('inquiry_id', '=', inquiryId).execute()
  }

  it('stores the inquiry with every field and queues one notification', async () => {
    const meta = sampleMeta()
    const { id, duplicate } = await createInquiry(db(), sampleInput, meta)

    expect(duplicate).toBe(false)
    expect(await getInquiry(db(), id)).toEqual({
      id,
      created_at: T0,
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      company: 'Analytical Engines',
      need: 'architecture-review',
      message: sampleInput.message,
      article_slug: 'mvp-vs-scalable-architecture',
      status: 'new',
      ip_hash: meta.ipHash,
      user_agent: 'Mozilla/5.0 (test)',
      idempotency_key: meta.idempotencyKey,
    })
    expect(await outboxFor(id)).toEqual([
      expect.objectContaining({
        status: 'pending',
        attempts: 0,
        next_attempt_at: T0,
        sent_at: null,
      }),
    ])
  })

  it('stores missing optional fields as null', async () => {
    const input = { name: 'Bo', email: 'bo@example.com', message: sampleInput.message }
    const { id } = await createInquiry(db(), input, sampleMeta({ userAgent: null }))
    expect(await getInquiry(db(), id)).toMatchObject({
      company: null,
      need: null,
      article_slug: null,
      user_agent: null,
    })
  })

  it('keeps spam for review but queues no notification', async () => {
    const { id } = await createInquiry(db(), sampleInput, sampleMeta({ status: 'spam' }))
    expect((await getInquiry(db(), id))?.status).toBe('spam')
    expect(await outboxFor(id)).toEqual([])
  })

  it('stores nothing when the notification cannot be queued', async () => {
    const before = await countInquiries(db())
    // A real failure inside the transaction, after the inquiry insert succeeded.
    await sql`alter table outbox rename to outbox_offline`.execute(db())
    try {
      await expect(createInquiry(db(), sampleInput, sampleMeta())).rejects.toThrow()
    } finally {
      await sql`alter table outbox_offline rename to outbox`.execute(db())
    }
    expect(await countInquiries(db())).toBe(before)
  })

  it('returns the first inquiry when the same submission arrives twice', async () => {
    const meta = sampleMeta()
    const first = await createInquiry(db(), sampleInput, meta)
    const second = await createInquiry(
      db(),
      { ...sampleInput, message: `${sampleInput.message}!` },
      meta,
    )

    expect(second).toEqual({ id: first.id, duplicate: true })
    expect((await getInquiry(db(), first.id))?.message).toBe(sampleInput.message)
    expect(await outboxFor(first.id)).toHaveLength(1)
  })

  it('stores one inquiry when the same submission arrives concurrently', async () => {
    const meta = sampleMeta()
    const results = await Promise.all(
      Array.from({ length: 8 }, () => createInquiry(db(), sampleInput, meta)),
    )

    const ids = new Set(results.map((r) => r.id))
    expect(ids.size).toBe(1)
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1)
    const rows = await db()
      .selectFrom('inquiries')
      .select('id')
      .where('idempotency_key', '=', meta.idempotencyKey)
      .execute()
    expect(rows).toHaveLength(1)
    expect(await outboxFor([...ids][0] ?? -1)).toHaveLength(1)
  })

  describe('listing', () => {
    let listing: TestDb
    const ids: number[] = []

    beforeAll(async () => {
      listing = await openTestDb(dialect)
      for (const [i, status] of (['new', 'spam', 'new', 'new'] as const).entries()) {
        const meta = sampleMeta({ status, now: T0 + i * 1_000 })
        ids.push((await createInquiry(listing.db, sampleInput, meta)).id)
      }
    })
    afterAll(async () => {
      await listing.close()
    })

    it('lists newest first, pages with limit and offset', async () => {
      const page1 = await listInquiries(listing.db, { limit: 2 })
      const page2 = await listInquiries(listing.db, { limit: 2, offset: 2 })
      expect([...page1, ...page2].map((r) => r.id)).toEqual([...ids].reverse())
      expect(await countInquiries(listing.db)).toBe(4)
    })

    it('filters by status', async () => {
      expect((await listInquiries(listing.db, { status: 'spam' })).map((r) => r.id)).toEqual([
        ids[1],
      ])
      expect(await countInquiries(listing.db, { status: 'new' })).toBe(3)
    })

    it('marks an inquiry handled, and reports an unknown id', async () => {
      const id = ids[0] ?? -1
      expect(await setInquiryStatus(listing.db, id, 'handled')).toBe(true)
      expect((await getInquiry(listing.db, id))?.status).toBe('handled')
      expect(await setInquiryStatus(listing.db, 999_999, 'handled')).toBe(false)
      expect(await getInquiry(listing.db, 999_999)).toBeUndefined()
    })

    it('exports every inquiry newest first', async () => {
      expect((await allInquiries(listing.db)).map((r) => r.id)).toEqual([...ids].reverse())
    })
  })
})
