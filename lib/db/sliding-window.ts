import 'server-only'
import { sql } from 'kysely'
import type { Db } from '@/lib/db/connect'
import { dialectOf } from '@/lib/db/dialect'
import type { RateLimitScope } from '@/lib/db/schema'

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** At most `max` events in any span of `windowMs`. */
export interface SlidingLimit {
  windowMs: number
  max: number
}

// Each call clears at most this many of its scope's stale events, so none pays for a long idle spell.
const STALE_BATCH = 500

/**
 * Records one event for this client if every limit still has room in its window ending `now`;
 * otherwise records nothing and reports how long until all of them do.
 */
export async function consumeSlot(
  db: Db,
  scope: RateLimitScope,
  ipHash: string,
  now: number,
  limits: readonly SlidingLimit[],
): Promise<RateLimitResult> {
  await deleteStaleEvents(db, scope, now - Math.max(...limits.map((limit) => limit.windowMs)))
  return oneAtATimePerClient(db, scope, ipHash, async (tx) => {
    if (await insertIfRoom(tx, scope, ipHash, now, limits)) return { allowed: true }
    return {
      allowed: false,
      retryAfterSeconds: await secondsUntilRoom(tx, scope, ipHash, now, limits),
    }
  })
}

/** Takes back one event recorded at `at` (pass consumeSlot's `now`), as if it never happened. */
export async function returnSlot(
  db: Db,
  scope: RateLimitScope,
  ipHash: string,
  at: number,
): Promise<void> {
  await oneAtATimePerClient(db, scope, ipHash, (tx) =>
    tx
      .deleteFrom('rate_limit_events')
      .where('id', '=', (eb) =>
        eb
          .selectFrom('rate_limit_events')
          .select('id')
          .where('scope', '=', scope)
          .where('ip_hash', '=', ipHash)
          .where('at', '=', at)
          .limit(1),
      )
      .execute(),
  )
}

/**
 * Runs `work` with no other caller, in this process or another, changing this client's events.
 * PostgreSQL: a transaction holding an advisory lock on the client. SQLite: `work` makes its one
 * change in a single statement, which holds the database's only write lock from its first read
 * to its commit (other processes wait on busy_timeout). A transaction there would hold that lock
 * across awaits, and better-sqlite3 waits for it synchronously, freezing the other process.
 */
async function oneAtATimePerClient<T>(
  db: Db,
  scope: RateLimitScope,
  ipHash: string,
  work: (tx: Db) => Promise<T>,
): Promise<T> {
  if (dialectOf(db) === 'sqlite') return work(db)
  const client = `${scope}:${ipHash}`
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtextextended(${client}, 0))`.execute(trx)
    return work(trx)
  })
}

/** Checks every window and inserts in one statement; returns whether the event was recorded. */
async function insertIfRoom(
  db: Db,
  scope: RateLimitScope,
  ipHash: string,
  now: number,
  limits: readonly SlidingLimit[],
): Promise<boolean> {
  const inserted = await db
    .insertInto('rate_limit_events')
    .columns(['scope', 'ip_hash', 'at'])
    .expression(
      db
        .selectNoFrom((eb) => [
          eb.val(scope).as('scope'),
          eb.val(ipHash).as('ip_hash'),
          eb.val(now).as('at'),
        ])
        .where((eb) =>
          eb.and(
            limits.map((limit) =>
              eb(
                eb
                  .selectFrom('rate_limit_events')
                  .select((count) => count.fn.countAll().as('n'))
                  .where('scope', '=', scope)
                  .where('ip_hash', '=', ipHash)
                  .where('at', '>', now - limit.windowMs),
                '<',
                limit.max,
              ),
            ),
          ),
        ),
    )
    .returning('id')
    .executeTakeFirst()
  return inserted !== undefined
}

/** The wait until the last full window has room: its max-th newest event must leave it first. */
async function secondsUntilRoom(
  db: Db,
  scope: RateLimitScope,
  ipHash: string,
  now: number,
  limits: readonly SlidingLimit[],
): Promise<number> {
  let waitMs = 0
  for (const limit of limits) {
    const leaving = await db
      .selectFrom('rate_limit_events')
      .select('at')
      .where('scope', '=', scope)
      .where('ip_hash', '=', ipHash)
      .where('at', '>', now - limit.windowMs)
      .orderBy('at', 'desc')
      .limit(1)
      .offset(limit.max - 1)
      .executeTakeFirst()
    if (leaving) waitMs = Math.max(waitMs, leaving.at + limit.windowMs - now)
  }
  // On SQLite this read follows the refused insert; if a slot was returned in between, say "now".
  return Math.max(1, Math.ceil(waitMs / 1_000))
}

async function deleteStaleEvents(db: Db, scope: RateLimitScope, before: number): Promise<void> {
  await db
    .deleteFrom('rate_limit_events')
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('rate_limit_events')
        .select('id')
        .where('scope', '=', scope)
        .where('at', '<=', before)
        .limit(STALE_BATCH),
    )
    .execute()
}
