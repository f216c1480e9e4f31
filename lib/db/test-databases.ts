import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { createDb, type Db, type DbOptions } from '@/lib/db/connect'
import type { SqlDialect } from '@/lib/db/dialect'
import { migrateDb } from '@/lib/db/migrate'
import { runStatement } from '@/lib/db/run-statement'

// Storage tests run once per dialect: SQLite always, PostgreSQL when TEST_DATABASE_URL is set.
const pgUrl = process.env.TEST_DATABASE_URL

export const testDialects: SqlDialect[] = pgUrl ? ['sqlite', 'postgres'] : ['sqlite']

export interface TestDb {
  db: Db
  /** A second connection to the same database, as another process or instance would have. */
  openPeer(): Db
  close(): Promise<void>
}

/** A fresh, migrated database: a temp SQLite file, or a unique PostgreSQL schema dropped on close. */
export async function openTestDb(dialect: SqlDialect, { migrate = true } = {}): Promise<TestDb> {
  const target = dialect === 'postgres' ? await createPostgresSchema() : await createSqliteDir()
  const handles = [createDb(target.options)]
  const [db] = handles as [Db]
  if (migrate) await migrateDb(db)
  return {
    db,
    openPeer() {
      const peer = createDb(target.options)
      handles.push(peer)
      return peer
    },
    async close() {
      await Promise.all(handles.map((handle) => handle.destroy()))
      await target.remove()
    },
  }
}

interface Target {
  options: DbOptions
  remove(): Promise<void>
}

async function createSqliteDir(): Promise<Target> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'modder-db-'))
  return {
    options: { sqlitePath: path.join(dir, 'site.db') },
    remove: () => rm(dir, { recursive: true, force: true }),
  }
}

async function createPostgresSchema(): Promise<Target> {
  if (!pgUrl) throw new Error('TEST_DATABASE_URL is not set')
  const schema = `test_${randomBytes(6).toString('hex')}`
  await runStatement(pgUrl, `create schema ${schema}`)
  return {
    options: { connectionString: pgUrl, schema },
    remove: () => runStatement(pgUrl, `drop schema ${schema} cascade`),
  }
}

/**
 * One migrated database for a whole `describe` block, opened before its tests and removed after.
 * The returned handle reads through to it, so tests write `handle.db` as they would with openTestDb.
 */
export function useTestDb(dialect: SqlDialect): TestDb {
  let opened: TestDb | undefined
  const current = () => {
    if (!opened) throw new Error('useTestDb: the database opens in beforeAll; use it inside a test')
    return opened
  }
  beforeAll(async () => {
    opened = await openTestDb(dialect)
  })
  afterAll(async () => {
    await opened?.close()
  })
  return {
    get db() {
      return current().db
    },
    openPeer: () => current().openPeer(),
    close: () => current().close(),
  }
}
