import 'server-only'
import type { Db } from '@/lib/db'

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number }

interface Limit {
  bucket: string
  windowMs: number
  max: number
}

// Fixed windows: simple to count atomically in one upsert. The cost is that a burst straddling
// a boundary can reach twice the short limit, which the daily limit still caps.
// The day is checked first so a refusal reports the wait that actually lifts it.
export const RATE_LIMITS: readonly Limit[] = [
  { bucket: '1d', windowMs: 24 * 60 * 60 * 1_000, max: 20 },
  { bucket: '10m', windowMs: 10 * 60 * 1_000, max: 5 },
]

class LimitReached extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('rate limit reached')
  }
}

/**
 * Takes one submission slot for this ip hash, or reports how long to wait. The check and the
 * increment are one statement per window, inside one transaction, so concurrent requests
 * (on any number of instances) can't both take the last slot.
 */
export async function consumeRateLimit(
  db: Db,
  ipHash: string,
  now: number = Date.now(),
): Promise<RateLimitResult> {
  await db.deleteFrom('rate_limits').where('expires_at', '<=', now).execute()
  try {
    await db.transaction().execute(async (trx) => {
      for (const limit of RATE_LIMITS) {
        if (!(await takeSlot(trx, ipHash, limit, now))) {
          throw new LimitReached(
            Math.ceil((windowStart(limit, now) + limit.windowMs - now) / 1_000),
          )
        }
      }
    })
    return { allowed: true }
  } catch (error) {
    if (error instanceof LimitReached) {
      return { allowed: false, retryAfterSeconds: error.retryAfterSeconds }
    }
    throw error
  }
}

async function takeSlot(db: Db, ipHash: string, limit: Limit, now: number): Promise<boolean> {
  const start = windowStart(limit, now)
  const taken = await db
    .insertInto('rate_limits')
    .values({
      ip_hash: ipHash,
      bucket: limit.bucket,
      window_start: start,
      count: 1,
      expires_at: start + limit.windowMs,
    })
    .onConflict((oc) =>
      oc
        .columns(['ip_hash', 'bucket', 'window_start'])
        .doUpdateSet((eb) => ({ count: eb('rate_limits.count', '+', 1) }))
        .where('rate_limits.count', '<', limit.max),
    )
    .returning('count')
    .executeTakeFirst()
  return taken !== undefined
}

function windowStart(limit: Limit, now: number): number {
  return now - (now % limit.windowMs)
}
