import 'server-only'
import type { RateLimitResult } from '@/lib/contact/rate-limit'
import type { Db } from '@/lib/db'

// Shares the contact form's rate_limits table under its own bucket name, so the two never mix.
export const SIGN_IN_LIMIT = { bucket: 'signin-15m', windowMs: 15 * 60 * 1_000, max: 10 } as const

/**
 * Takes one sign-in attempt for this ip hash before the password is checked, in one atomic
 * upsert, so concurrent guesses can't all slip past the tenth. A right password gives the
 * attempt back (see returnSignInAttempt): only failures count.
 */
export async function takeSignInAttempt(
  db: Db,
  ipHash: string,
  now: number = Date.now(),
): Promise<RateLimitResult> {
  const start = windowStart(now)
  await db
    .deleteFrom('rate_limits')
    .where('bucket', '=', SIGN_IN_LIMIT.bucket)
    .where('expires_at', '<=', now)
    .execute()
  const taken = await db
    .insertInto('rate_limits')
    .values({
      ip_hash: ipHash,
      bucket: SIGN_IN_LIMIT.bucket,
      window_start: start,
      count: 1,
      expires_at: start + SIGN_IN_LIMIT.windowMs,
    })
    .onConflict((oc) =>
      oc
        .columns(['ip_hash', 'bucket', 'window_start'])
        .doUpdateSet((eb) => ({ count: eb('rate_limits.count', '+', 1) }))
        .where('rate_limits.count', '<', SIGN_IN_LIMIT.max),
    )
    .returning('count')
    .executeTakeFirst()
  if (taken) return { allowed: true }
  return {
    allowed: false,
    retryAfterSeconds: Math.ceil((start + SIGN_IN_LIMIT.windowMs - now) / 1_000),
  }
}

/** Undoes takeSignInAttempt for a successful sign-in; pass the same `now` so it finds its window. */
export async function returnSignInAttempt(db: Db, ipHash: string, now: number): Promise<void> {
  await db
    .updateTable('rate_limits')
    .set((eb) => ({ count: eb('count', '-', 1) }))
    .where('ip_hash', '=', ipHash)
    .where('bucket', '=', SIGN_IN_LIMIT.bucket)
    .where('window_start', '=', windowStart(now))
    .where('count', '>', 0)
    .execute()
}

function windowStart(now: number): number {
  return now - (now % SIGN_IN_LIMIT.windowMs)
}
