import 'server-only'
import { createDb, dbOptionsFromEnv, type Db } from '@/lib/db/connect'
import { migrateDb } from '@/lib/db/migrate'

export { createDb, dbOptionsFromEnv, type Db, type DbOptions } from '@/lib/db/connect'
export { migrateDb, pendingMigrations } from '@/lib/db/migrate'
export { dialectOf, type SqlDialect } from '@/lib/db/dialect'
export { checkDb, type DbHealth } from '@/lib/db/health'
export type * from '@/lib/db/schema'

// On globalThis so Next dev's hot reload reuses the pool instead of opening one per edit.
const state = globalThis as typeof globalThis & { __modderCoderDb?: Promise<Db> }

/** The process-wide database, migrated on first use. */
export function getDb(): Promise<Db> {
  state.__modderCoderDb ??= openMigrated().catch((error: unknown) => {
    // Let the next request try again rather than caching the failure for the life of the process.
    state.__modderCoderDb = undefined
    throw error
  })
  return state.__modderCoderDb
}

/** Closes the process-wide database (scripts call this so Node can exit). */
export async function closeDb(): Promise<void> {
  const pending = state.__modderCoderDb
  state.__modderCoderDb = undefined
  const db = await pending?.catch(() => undefined)
  await db?.destroy()
}

async function openMigrated(): Promise<Db> {
  const db = createDb(dbOptionsFromEnv())
  try {
    await migrateDb(db)
  } catch (error) {
    await db.destroy()
    throw error
  }
  return db
}
