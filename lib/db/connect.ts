import 'server-only'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'
import { dataDir } from '@/lib/db/data-dir'
import type { Database } from '@/lib/db/schema'
import { log } from '@/lib/log'

export type Db = Kysely<Database>

export type DbOptions =
  | { sqlitePath: string }
  /** `schema` puts every table, migrations included, in that PostgreSQL schema (tests isolate runs this way). */
  | { connectionString: string; schema?: string }

const INT8_OID = 20

/** A Kysely handle; tables are not created until `migrateDb` runs (getDb does that for you). */
export function createDb(options: DbOptions): Db {
  if ('sqlitePath' in options) {
    return new Kysely<Database>({
      dialect: new SqliteDialect({ database: async () => openSqlite(options.sqlitePath) }),
    })
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    options: options.schema ? `-c search_path=${quoteSchema(options.schema)}` : undefined,
    types: { getTypeParser: parseInt8AsNumber },
  })
  // An idle client losing its server must not crash the process; the next query reconnects.
  pool.on('error', (error) => log.error({ err: error }, 'postgres pool error'))
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
}

/** Options from the environment: PostgreSQL when DATABASE_URL is set, else SQLite in DATA_DIR. */
export function dbOptionsFromEnv(): DbOptions {
  const url = process.env.DATABASE_URL
  if (!url) return { sqlitePath: path.join(dataDir(), 'site.db') }
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new Error('DATABASE_URL must be a postgres:// URL; unset it to use SQLite in DATA_DIR')
  }
  return { connectionString: url }
}

function openSqlite(file: string): SQLite.Database {
  const db = new SQLite(file)
  // WAL lets the outbox script read while the server writes; busy_timeout waits out the other writer.
  db.pragma('journal_mode = WAL')
  db.pragma('busy_timeout = 5000')
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  return db
}

function quoteSchema(schema: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Unsafe schema name: ${schema}`)
  return schema
}

// Timestamps are epoch ms in BIGINT, which pg returns as strings; they fit a double exactly.
// The cast is needed because pg types getTypeParser as an overload set.
const parseInt8AsNumber = ((oid: number, format?: 'text' | 'binary') =>
  oid === INT8_OID
    ? (value: string) => Number(value)
    : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser
