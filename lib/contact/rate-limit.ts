import 'server-only'
import type { Db } from '@/lib/db'
import { consumeSlot, type RateLimitResult, type SlidingLimit } from '@/lib/db/sliding-window'

export type { RateLimitResult }

/** Per client: at most 5 accepted inquiries in any 10 minutes, and 20 in any 24 hours. */
export const RATE_LIMITS: readonly SlidingLimit[] = [
  { windowMs: 10 * 60 * 1_000, max: 5 },
  { windowMs: 24 * 60 * 60 * 1_000, max: 20 },
]

/**
 * Takes one submission slot for this ip hash, or reports how long until one is free. Check and
 * take are atomic, so concurrent requests (on any number of instances) can't share the last slot.
 */
export function consumeRateLimit(
  db: Db,
  ipHash: string,
  now: number = Date.now(),
): Promise<RateLimitResult> {
  return consumeSlot(db, 'contact', ipHash, now, RATE_LIMITS)
}
