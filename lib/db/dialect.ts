import { PostgresAdapter, type Kysely } from 'kysely'

export type SqlDialect = 'sqlite' | 'postgres'

/** Which database a handle (or a transaction from it) talks to, for the few queries that differ. */
export function dialectOf<DB>(db: Kysely<DB>): SqlDialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite'
}
