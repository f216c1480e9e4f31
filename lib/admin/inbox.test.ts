import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inboxHref, loadInboxPage, parseInboxQuery } from '@/lib/admin/inbox'
import { createInquiry } from '@/lib/contact/store'
import { sampleInput, sampleMeta, T0 } from '@/lib/contact/test-fixtures'
import { openTestDb, testDialects, type TestDb } from '@/lib/db/test-databases'

describe('inbox query', () => {
  it('reads a status filter and a page', () => {
    expect(parseInboxQuery({ status: 'spam', page: '3' })).toEqual({ status: 'spam', page: 3 })
  })

  it('falls back to all inquiries, first page, for anything odd', () => {
    expect(parseInboxQuery({})).toEqual({ status: undefined, page: 1 })
    expect(parseInboxQuery({ status: 'deleted', page: '-2' })).toEqual({
      status: undefined,
      page: 1,
    })
    expect(parseInboxQuery({ status: ['new', 'spam'], page: 'two' })).toEqual({
      status: undefined,
      page: 1,
    })
  })

  it('links without default values', () => {
    expect(inboxHref({})).toBe('/admin')
    expect(inboxHref({ status: 'new', page: 1 })).toBe('/admin?status=new')
    expect(inboxHref({ status: 'handled', page: 2 })).toBe('/admin?status=handled&page=2')
    expect(inboxHref({ page: 4 })).toBe('/admin?page=4')
  })
})

describe.each(testDialects)('inbox page on %s', (dialect) => {
  let handle: TestDb

  beforeAll(async () => {
    handle = await openTestDb(dialect)
    for (let i = 0; i < 5; i++) {
      const status = i === 2 ? 'spam' : 'new'
      await createInquiry(
        handle.db,
        { ...sampleInput, name: `Person ${i}` },
        sampleMeta({ now: T0 + i * 60_000, status }),
      )
    }
  })
  afterAll(async () => {
    await handle.close()
  })

  it('pages through the newest first', async () => {
    const first = await loadInboxPage(handle.db, { page: 1 }, 2)
    expect(first.inquiries.map((i) => i.name)).toEqual(['Person 4', 'Person 3'])
    expect(first).toMatchObject({ total: 5, page: 1, pageCount: 3 })

    const last = await loadInboxPage(handle.db, { page: 3 }, 2)
    expect(last.inquiries.map((i) => i.name)).toEqual(['Person 0'])
  })

  it('filters by status', async () => {
    const spam = await loadInboxPage(handle.db, { status: 'spam', page: 1 }, 2)
    expect(spam.inquiries.map((i) => i.name)).toEqual(['Person 2'])
    expect(spam).toMatchObject({ status: 'spam', total: 1, pageCount: 1 })
  })

  it('shows the last page when asked for one past the end', async () => {
    const page = await loadInboxPage(handle.db, { page: 40 }, 2)
    expect(page.page).toBe(3)
    expect(page.inquiries.map((i) => i.name)).toEqual(['Person 0'])
  })

  it('has one empty page when nothing matches', async () => {
    const handled = await loadInboxPage(handle.db, { status: 'handled', page: 1 }, 2)
    expect(handled).toMatchObject({ inquiries: [], total: 0, page: 1, pageCount: 1 })
  })
})
