import { sql, type Kysely, type Migration } from 'kysely'
import type { SqlDialect } from '@/lib/db/dialect'

// Migrations take `Kysely<unknown>`: they describe the schema as it was then, not as it is now.
export function contactTables(dialect: SqlDialect): Migration {
  // SQLite's INTEGER PRIMARY KEY is its rowid; PostgreSQL needs an identity column.
  const idType = dialect === 'postgres' ? 'serial' : 'integer'
  const epochMs = 'bigint'

  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('inquiries')
        .ifNotExists()
        .addColumn('id', idType, (c) => c.primaryKey())
        .addColumn('created_at', epochMs, (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('company', 'text')
        .addColumn('need', 'text')
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('article_slug', 'text')
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status in ('new', 'handled', 'spam')`),
        )
        .addColumn('ip_hash', 'text', (c) => c.notNull())
        .addColumn('user_agent', 'text')
        .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
        .execute()
      await db.schema
        .createIndex('inquiries_status_created_at')
        .ifNotExists()
        .on('inquiries')
        .columns(['status', 'created_at'])
        .execute()
      await db.schema
        .createIndex('inquiries_created_at')
        .ifNotExists()
        .on('inquiries')
        .column('created_at')
        .execute()

      await db.schema
        .createTable('outbox')
        .ifNotExists()
        .addColumn('id', idType, (c) => c.primaryKey())
        .addColumn('inquiry_id', 'integer', (c) =>
          c.notNull().unique().references('inquiries.id').onDelete('cascade'),
        )
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status in ('pending', 'sent', 'failed', 'dead')`),
        )
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', epochMs, (c) => c.notNull())
        .addColumn('claimed_until', epochMs)
        .addColumn('last_error', 'text')
        .addColumn('sent_at', epochMs)
        .addColumn('created_at', epochMs, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('outbox_status_next_attempt_at')
        .ifNotExists()
        .on('outbox')
        .columns(['status', 'next_attempt_at'])
        .execute()

      await db.schema
        .createTable('rate_limits')
        .ifNotExists()
        .addColumn('ip_hash', 'text', (c) => c.notNull())
        .addColumn('bucket', 'text', (c) => c.notNull())
        .addColumn('window_start', epochMs, (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('expires_at', epochMs, (c) => c.notNull())
        .addPrimaryKeyConstraint('rate_limits_pk', ['ip_hash', 'bucket', 'window_start'])
        .execute()
      await db.schema
        .createIndex('rate_limits_expires_at')
        .ifNotExists()
        .on('rate_limits')
        .column('expires_at')
        .execute()
    },

    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('rate_limits').ifExists().execute()
      await db.schema.dropTable('outbox').ifExists().execute()
      await db.schema.dropTable('inquiries').ifExists().execute()
    },
  }
}
