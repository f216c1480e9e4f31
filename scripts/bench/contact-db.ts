// The database each contact run writes to: a fresh SQLite DATA_DIR, or a PostgreSQL database
// created for the run and dropped after, so runs never see each other's rows or rate limits.
import Database from 'better-sqlite3'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

export type BenchDb = {
  env: Record<string, string>
  countInquiries(): Promise<number>
  remove(): Promise<void>
}

export const PG_ADMIN_URL =
  process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

export function sqliteDb(): BenchDb {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'modder-bench-data-'))
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: '' },
    async countInquiries() {
      const db = new Database(path.join(dataDir, 'site.db'), { readonly: true })
      try {
        return (
          db.prepare("select count(*) as n from inquiries where status = 'new'").get() as {
            n: number
          }
        ).n
      } finally {
        db.close()
      }
    },
    remove: async () => rmSync(dataDir, { recursive: true, force: true }),
  }
}

async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

export async function postgresDb(): Promise<BenchDb> {
  const name = `modder_bench_${randomBytes(4).toString('hex')}`
  await admin(PG_ADMIN_URL, (client) => client.query(`create database ${name}`))
  const url = new URL(PG_ADMIN_URL)
  url.pathname = `/${name}`
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'modder-bench-data-'))
  // Production with DATABASE_URL refuses generated secrets (instances must agree on them).
  const secret = () => randomBytes(32).toString('hex')
  return {
    env: {
      DATA_DIR: dataDir,
      DATABASE_URL: url.toString(),
      SESSION_SECRET: secret(),
      IP_HASH_SECRET: secret(),
      FORM_SECRET: secret(),
    },
    countInquiries: () =>
      admin(url.toString(), async (client) => {
        const result = await client.query(
          "select count(*)::int as n from inquiries where status = 'new'",
        )
        return (result.rows[0] as { n: number }).n
      }),
    async remove() {
      await admin(PG_ADMIN_URL, (client) =>
        client.query(`drop database if exists ${name} with (force)`),
      )
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
