import 'server-only'
import { Migrator, sql } from 'kysely'
import type { Db } from '@/lib/db/connect'
import { dialectOf } from '@/lib/db/dialect'
import { migrationProvider } from '@/lib/db/migrations'

/** Applies pending migrations; returns the names it applied (empty when already up to date). */
export async function migrateDb(db: Db): Promise<string[]> {
  const migrator = await migratorFor(db)
  const { error, results = [] } = await migrator.migrateToLatest()
  if (error) throw error instanceof Error ? error : new Error(String(error))
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName)
}

/** Names of migrations this code knows that the database has not applied (empty when current). */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const migrator = await migratorFor(db)
  const migrations = await migrator.getMigrations()
  return migrations.filter((m) => m.executedAt === undefined).map((m) => m.name)
}

async function migratorFor(db: Db): Promise<Migrator> {
  const dialect = dialectOf(db)
  return new Migrator({
    db,
    provider: migrationProvider(dialect),
    // Pin the bookkeeping tables to our schema: Kysely otherwise finds them in any schema and skips creating ours.
    migrationTableSchema: dialect === 'postgres' ? await currentSchema(db) : undefined,
  })
}

async function currentSchema(db: Db): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db)
  const schema = rows[0]?.schema
  if (!schema) throw new Error('PostgreSQL has no current schema; check search_path')
  return schema
}
