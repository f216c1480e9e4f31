import 'server-only'
import { sql } from 'kysely'
import type { Db } from '@/lib/db/connect'
import { dialectOf, type SqlDialect } from '@/lib/db/dialect'

export interface DbHealth {
  dialect: SqlDialect
  latencyMs: number
}

/** One round trip to the database; rejects when it is unreachable. */
export async function checkDb(db: Db): Promise<DbHealth> {
  const started = performance.now()
  await sql`select 1`.execute(db)
  return { dialect: dialectOf(db), latencyMs: Math.round(performance.now() - started) }
}
