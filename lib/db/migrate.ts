import 'server-only'
import { Migrator, sql } from 'kysely'
import type { Db } from '@/lib/db/connect'
import { dialectOf } from '@/lib/db/dialect'
import { migrationProvider } from '@/lib/db/migrations'

/** Applies pending migrations; returns the names it applied (empty when already up to date). */
export async function migrateDb(db: Db): Promise<string[]> {
  const dialect = dialectOf(db)
  const migrator = new Migrator({
    db,
    provider: migrationProvider(dialect),
    // Pin the bookkeeping tables to our schema: Kysely otherwise finds them in any schema and skips creating ours.
    migrationTableSchema: dialect === 'postgres' ? await currentSchema(db) : undefined,
  })
  const { error, results = [] } = await migrator.migrateToLatest()
  if (error) throw error instanceof Error ? error : new Error(String(error))
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName)
}

async function currentSchema(db: Db): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db)
  const schema = rows[0]?.schema
  if (!schema) throw new Error('PostgreSQL has no current schema; check search_path')
  return schema
}
