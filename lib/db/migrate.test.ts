import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { migrateDb } from '@/lib/db/migrate'
import { openTestDb, testDialects, type TestDb } from '@/lib/db/test-databases'

describe.each(testDialects)('migrations on %s', (dialect) => {
  let handle: TestDb | undefined

  afterEach(async () => {
    await handle?.close()
    handle = undefined
  })

  it('creates the contact tables on an empty database', async () => {
    handle = await openTestDb(dialect, { migrate: false })
    expect(await migrateDb(handle.db)).toEqual(['0001-contact'])

    const tables = (await handle.db.introspection.getTables()).map((t) => t.name)
    expect(tables).toEqual(expect.arrayContaining(['inquiries', 'outbox', 'rate_limits']))
  })

  it('does nothing when run again', async () => {
    handle = await openTestDb(dialect)
    expect(await migrateDb(handle.db)).toEqual([])
  })

  it('enforces the inquiry status values in the database itself', async () => {
    handle = await openTestDb(dialect)
    const insertBadStatus = sql`insert into inquiries
      (created_at, name, email, message, status, ip_hash, idempotency_key)
      values (1, 'a', 'a@b.co', 'm', 'archived', 'h', 'k')`.execute(handle.db)
    await expect(insertBadStatus).rejects.toThrow()
  })
})
