import { Migrator, sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { consumeRateLimit } from '@/lib/contact/rate-limit'
import type { Db } from '@/lib/db/connect'
import { dialectOf } from '@/lib/db/dialect'
import { migrateDb, pendingMigrations } from '@/lib/db/migrate'
import { migrationProvider } from '@/lib/db/migrations'
import { openTestDb, testDialects, type TestDb } from '@/lib/db/test-databases'

describe.each(testDialects)('migrations on %s', (dialect) => {
  let handle: TestDb | undefined

  afterEach(async () => {
    await handle?.close()
    handle = undefined
  })

  it('creates the tables on an empty database', async () => {
    handle = await openTestDb(dialect, { migrate: false })
    expect(await migrateDb(handle.db)).toEqual(['0001-contact', '0002-rate-limit-events'])

    expect(await tableNames(handle.db)).toEqual(['inquiries', 'outbox', 'rate_limit_events'])
  })

  it('does nothing when run again', async () => {
    handle = await openTestDb(dialect)
    expect(await migrateDb(handle.db)).toEqual([])
  })

  it('reports what is pending until it is applied', async () => {
    handle = await openTestDb(dialect, { migrate: false })
    expect(await pendingMigrations(handle.db)).toEqual(['0001-contact', '0002-rate-limit-events'])
    await migrateDb(handle.db)
    expect(await pendingMigrations(handle.db)).toEqual([])
  })

  it('upgrades a database from fixed-window counters, keeping its inquiries', async () => {
    handle = await openTestDb(dialect, { migrate: false })
    const migrator = await migratorFor(handle.db)
    await migrator.migrateTo('0001-contact')
    await sql`insert into inquiries (created_at, name, email, message, status, ip_hash, idempotency_key)
      values (1, 'a', 'a@b.co', 'm', 'new', 'h', 'k')`.execute(handle.db)
    await sql`insert into rate_limits (ip_hash, bucket, window_start, count, expires_at)
      values ('h', '10m', 0, 5, 600000)`.execute(handle.db)

    expect(await migrateDb(handle.db)).toEqual(['0002-rate-limit-events'])

    expect(await tableNames(handle.db)).toEqual(['inquiries', 'outbox', 'rate_limit_events'])
    expect(await handle.db.selectFrom('inquiries').select('name').execute()).toEqual([
      { name: 'a' },
    ])
    expect(await consumeRateLimit(handle.db, 'h', 1_000)).toEqual({ allowed: true })
  })

  it('brings the fixed-window counters back when rolled back', async () => {
    handle = await openTestDb(dialect)
    const { error } = await (await migratorFor(handle.db)).migrateDown()
    expect(error).toBeUndefined()

    expect(await tableNames(handle.db)).toEqual(['inquiries', 'outbox', 'rate_limits'])
  })

  it('enforces the inquiry status values in the database itself', async () => {
    handle = await openTestDb(dialect)
    const insertBadStatus = sql`insert into inquiries
      (created_at, name, email, message, status, ip_hash, idempotency_key)
      values (1, 'a', 'a@b.co', 'm', 'archived', 'h', 'k')`.execute(handle.db)
    await expect(insertBadStatus).rejects.toThrow()
  })
})

/** The app's tables, without Kysely's migration bookkeeping. */
async function tableNames(db: Db): Promise<string[]> {
  const tables = await db.introspection.getTables()
  return tables.map((table) => table.name).sort()
}

/** A migrator like migrateDb's, for stepping to a given migration. */
async function migratorFor(db: Db): Promise<Migrator> {
  const dialect = dialectOf(db)
  if (dialect === 'sqlite') return new Migrator({ db, provider: migrationProvider(dialect) })
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db)
  return new Migrator({
    db,
    provider: migrationProvider(dialect),
    migrationTableSchema: rows[0]?.schema,
  })
}
