import 'server-only'
import type { ExpressionBuilder } from 'kysely'
import { outboxBackoffMs } from '@/lib/contact/outbox-env'
import { dialectOf, type Db } from '@/lib/db'
import type { Database, OutboxEntry } from '@/lib/db/schema'

/** About a day of retries (the delay caps at an hour); then the row is left for a person to see. */
export const MAX_ATTEMPTS = 30
const MAX_RETRY_MS = 60 * 60 * 1_000
const ERROR_MAX = 500

/** 30 s (OUTBOX_BACKOFF_MS) after the first failure, doubling, at most an hour. */
export function retryDelayMs(attempts: number, firstRetryMs: number = outboxBackoffMs()): number {
  return Math.min(firstRetryMs * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS)
}

/** Unsent, due, and not held by a live claim. */
function isDue(now: number) {
  return (eb: ExpressionBuilder<Database, 'outbox'>) =>
    eb.and([
      eb('status', 'in', ['pending', 'failed']),
      eb('next_attempt_at', '<=', now),
      eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', now)]),
    ])
}

/**
 * Claims up to `limit` due rows until `now + leaseMs`, in one statement. On PostgreSQL the
 * subquery locks with FOR UPDATE SKIP LOCKED, so concurrent drainers take disjoint rows
 * instead of waiting; SQLite has one writer at a time, so the statement alone is atomic.
 */
export async function claimDue(db: Db, now: number, limit: number, leaseMs: number) {
  const due = db
    .selectFrom('outbox')
    .select('id')
    .where(isDue(now))
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(limit)
  const lockable = dialectOf(db) === 'postgres' ? due.forUpdate().skipLocked() : due
  return db
    .updateTable('outbox')
    .set({ claimed_until: now + leaseMs })
    .where('id', 'in', lockable)
    .where(isDue(now))
    .returningAll()
    .execute()
}

/**
 * Extends this drainer's claim just before sending, if it still holds it. Rows queued behind a
 * slow send may have outlived their lease and been claimed by another drainer: then this fails
 * and the row is left to that drainer rather than mailed twice.
 */
export async function renewClaim(
  db: Db,
  entry: OutboxEntry,
  until: number,
): Promise<OutboxEntry | null> {
  if (entry.claimed_until === null) return null
  const renewed = await db
    .updateTable('outbox')
    .set({ claimed_until: until })
    .where('id', '=', entry.id)
    .where('claimed_until', '=', entry.claimed_until)
    .where('status', 'in', ['pending', 'failed'])
    .returningAll()
    .executeTakeFirst()
  return renewed ?? null
}

export async function markSent(db: Db, entry: OutboxEntry, now: number): Promise<void> {
  await db
    .updateTable('outbox')
    .set({
      status: 'sent',
      sent_at: now,
      attempts: entry.attempts + 1,
      claimed_until: null,
      last_error: null,
    })
    .where('id', '=', entry.id)
    .execute()
}

export async function markFailed(
  db: Db,
  entry: OutboxEntry,
  now: number,
  error: unknown,
): Promise<void> {
  const attempts = entry.attempts + 1
  await db
    .updateTable('outbox')
    .set({
      status: attempts >= MAX_ATTEMPTS ? 'dead' : 'failed',
      attempts,
      next_attempt_at: now + retryDelayMs(attempts),
      claimed_until: null,
      last_error: errorText(error),
    })
    .where('id', '=', entry.id)
    .execute()
}

export async function countDue(db: Db, now: number): Promise<number> {
  const row = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where(isDue(now))
    .executeTakeFirstOrThrow()
  return Number(row.count)
}

/** The notification state of one inquiry, for the admin page (undefined for spam). */
export async function getDelivery(db: Db, inquiryId: number): Promise<OutboxEntry | undefined> {
  return db.selectFrom('outbox').selectAll().where('inquiry_id', '=', inquiryId).executeTakeFirst()
}

export interface OutboxHealth {
  /** Waiting to be sent now (new, or a retry whose time has come). */
  due: number
  /** Failed at least once and waiting for a retry. */
  retrying: number
  /** Gave up after MAX_ATTEMPTS; the inquiries are stored but the team was never told. */
  dead: number
  /** created_at of the oldest notification still being tried, to alert on a stuck queue. */
  oldestUnsentAt: number | null
}

export async function outboxHealth(db: Db, now: number = Date.now()): Promise<OutboxHealth> {
  const row = await db
    .selectFrom('outbox')
    .select((eb) => [
      eb.fn.countAll<number>().filterWhere(isDue(now)).as('due'),
      eb.fn.countAll<number>().filterWhere('status', '=', 'failed').as('retrying'),
      eb.fn.countAll<number>().filterWhere('status', '=', 'dead').as('dead'),
      eb.fn.min('created_at').filterWhere('status', 'in', ['pending', 'failed']).as('oldest'),
    ])
    .executeTakeFirstOrThrow()
  return {
    due: Number(row.due),
    retrying: Number(row.retrying),
    dead: Number(row.dead),
    oldestUnsentAt: row.oldest === null ? null : Number(row.oldest),
  }
}

/** Only the error's own message: SMTP errors can quote the server, never the mail body. */
function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/\s+/g, ' ').trim().slice(0, ERROR_MAX)
}
