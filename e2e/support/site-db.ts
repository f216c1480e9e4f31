import { randomBytes } from 'node:crypto'
import { join } from 'node:path'

import Database from 'better-sqlite3'
import pg from 'pg'

import { runStatement } from '../../lib/db/run-statement'

/** Read access to what a site server stored, on whichever database it was given. */
export type SiteDb = {
  /** For the server's DATABASE_URL; undefined means SQLite in its DATA_DIR. */
  url?: string
  /** `?` placeholders on both databases. */
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>
  drop(): Promise<void>
}

export const postgresAvailable = Boolean(process.env.TEST_DATABASE_URL)

/** The server's SQLite file, opened read-only per query (the server keeps writing, in WAL mode). */
export function sqliteSiteDb(dataDir: string): SiteDb {
  const file = join(__dirname, '..', '..', dataDir, 'site.db')
  return {
    async rows<T>(sql: string, params: unknown[] = []) {
      const db = new Database(file, { readonly: true, fileMustExist: true })
      try {
        return db.prepare(sql).all(...params) as T[]
      } finally {
        db.close()
      }
    },
    drop: async () => {},
  }
}

/** A fresh PostgreSQL database beside TEST_DATABASE_URL's, dropped (connections and all) by drop(). */
export async function postgresSiteDb(): Promise<SiteDb> {
  const admin = process.env.TEST_DATABASE_URL
  if (!admin) throw new Error('TEST_DATABASE_URL is not set')
  const name = `resilience_${randomBytes(6).toString('hex')}`
  await runStatement(admin, `create database ${name}`)
  const url = new URL(admin)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    rows: async <T>(sql: string, params: unknown[] = []) => {
      let n = 0
      const client = new pg.Client({ connectionString: url.toString() })
      await client.connect()
      try {
        const result = await client.query(
          sql.replace(/\?/g, () => `$${++n}`),
          params,
        )
        return result.rows as T[]
      } finally {
        await client.end()
      }
    },
    drop: () => runStatement(admin, `drop database if exists ${name} with (force)`),
  }
}
