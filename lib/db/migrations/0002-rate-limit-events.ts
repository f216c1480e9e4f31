import { sql, type Kysely, type Migration } from 'kysely'
import type { SqlDialect } from '@/lib/db/dialect'
import { contactTables } from './0001-contact'

// Fixed-window counters let a burst straddling a window edge through at twice the limit; a log of
// events can be counted over any window ending now. The old counters are dropped: they only ever
// held the last day's traffic.
export function rateLimitEvents(dialect: SqlDialect): Migration {
  // bigserial on PostgreSQL: sequence values are spent even by rolled-back inserts.
  const idType = dialect === 'postgres' ? 'bigserial' : 'integer'

  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('rate_limit_events')
        .ifNotExists()
        .addColumn('id', idType, (c) => c.primaryKey())
        .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('contact', 'signin')`))
        .addColumn('ip_hash', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .execute()
      // Counting one client's recent events.
      await db.schema
        .createIndex('rate_limit_events_scope_ip_hash_at')
        .ifNotExists()
        .on('rate_limit_events')
        .columns(['scope', 'ip_hash', 'at'])
        .execute()
      // Clearing everyone's stale events.
      await db.schema
        .createIndex('rate_limit_events_scope_at')
        .ifNotExists()
        .on('rate_limit_events')
        .columns(['scope', 'at'])
        .execute()
      await db.schema.dropTable('rate_limits').ifExists().execute()
    },

    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('rate_limit_events').ifExists().execute()
      // 0001 creates only what is missing, which is now just rate_limits and its index.
      await contactTables(dialect).up(db)
    },
  }
}
