import type { Migration, MigrationProvider } from 'kysely'
import type { SqlDialect } from '@/lib/db/dialect'
import { contactTables } from './0001-contact'
import { rateLimitEvents } from './0002-rate-limit-events'

// In code, not FileMigrationProvider: Next bundles the app, so there is no migrations folder to read at runtime.
// Names sort in the order they run; never rename or edit one that has shipped, add the next.
export function migrationProvider(dialect: SqlDialect): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '0001-contact': contactTables(dialect),
    '0002-rate-limit-events': rateLimitEvents(dialect),
  }
  return { getMigrations: async () => migrations }
}
