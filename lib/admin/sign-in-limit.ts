import 'server-only'
import type { Db } from '@/lib/db'
import { consumeSlot, returnSlot, type RateLimitResult } from '@/lib/db/sliding-window'

/** At most 10 failed sign-ins in any 15 minutes per client. */
export const SIGN_IN_LIMIT = { windowMs: 15 * 60 * 1_000, max: 10 } as const

/**
 * Takes one sign-in attempt for this ip hash before the password is checked, atomically, so
 * concurrent guesses can't all slip past the tenth. A right password gives the attempt back
 * (see returnSignInAttempt): only failures count.
 */
export function takeSignInAttempt(
  db: Db,
  ipHash: string,
  now: number = Date.now(),
): Promise<RateLimitResult> {
  return consumeSlot(db, 'signin', ipHash, now, [SIGN_IN_LIMIT])
}

/** Undoes takeSignInAttempt for a successful sign-in; pass the same `now` so it finds that attempt. */
export function returnSignInAttempt(db: Db, ipHash: string, now: number): Promise<void> {
  return returnSlot(db, 'signin', ipHash, now)
}
