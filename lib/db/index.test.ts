import { mkdtemp, rm } from 'node:fs/promises'
import { sql } from 'kysely'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { checkDb, closeDb, dbOptionsFromEnv, getDb } from '@/lib/db'

let dataDir: string

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'modder-getdb-'))
  vi.stubEnv('DATA_DIR', path.join(dataDir, 'nested', 'data'))
  vi.stubEnv('DATABASE_URL', '')
})
afterEach(async () => {
  await closeDb()
  vi.unstubAllEnvs()
  await rm(dataDir, { recursive: true, force: true })
})

describe('getDb', () => {
  it('creates DATA_DIR, opens site.db in WAL mode and migrates it on first use', async () => {
    const db = await getDb()
    expect(await getDb()).toBe(db)

    const tables = (await db.introspection.getTables()).map((t) => t.name)
    expect(tables).toEqual(expect.arrayContaining(['inquiries', 'outbox', 'rate_limit_events']))
    expect(dbOptionsFromEnv()).toEqual({
      sqlitePath: path.join(dataDir, 'nested', 'data', 'site.db'),
    })
    expect(await checkDb(db)).toMatchObject({ dialect: 'sqlite' })
    const { rows } = await sql`pragma journal_mode`.execute(db)
    expect(rows).toEqual([{ journal_mode: 'wal' }])
  })

  it('opens a fresh handle after closeDb', async () => {
    const first = await getDb()
    await closeDb()
    expect(await getDb()).not.toBe(first)
  })

  it('uses PostgreSQL for a postgres:// DATABASE_URL and refuses anything else', () => {
    vi.stubEnv('DATABASE_URL', 'postgres://user@db.internal/site')
    expect(dbOptionsFromEnv()).toEqual({ connectionString: 'postgres://user@db.internal/site' })
    vi.stubEnv('DATABASE_URL', 'mysql://db.internal/site')
    expect(() => dbOptionsFromEnv()).toThrow('DATABASE_URL must be a postgres:// URL')
  })
})
