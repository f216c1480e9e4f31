import 'server-only'

import { passwordMatches } from '@/lib/admin/password'
import { signInSchema } from '@/lib/admin/schema'
import { returnSignInAttempt, takeSignInAttempt } from '@/lib/admin/sign-in-limit'
import type { Db } from '@/lib/db'
import { hashPrefix, log } from '@/lib/log'

export type SignInAttempt = {
  /** The form's fields as posted. */
  fields: Record<string, unknown>
  ipHash: string
  /** The configured admin password. */
  expected: string
  now?: number
}

export type SignInResult =
  | { outcome: 'invalid'; message: string }
  | { outcome: 'rate-limited'; retryAfterSeconds: number }
  | { outcome: 'wrong-password' }
  | { outcome: 'signed-in' }

/**
 * Validation first (an empty form costs nothing), then an attempt is taken from the limit, and
 * only then is the password compared: once ten have failed, even the right one waits.
 */
export async function attemptSignIn(db: Db, attempt: SignInAttempt): Promise<SignInResult> {
  const now = attempt.now ?? Date.now()
  const parsed = signInSchema.safeParse(attempt.fields)
  if (!parsed.success) {
    return { outcome: 'invalid', message: parsed.error.issues[0]?.message ?? 'Enter the password.' }
  }

  const ipHash = hashPrefix(attempt.ipHash)
  const limit = await takeSignInAttempt(db, attempt.ipHash, now)
  if (!limit.allowed) {
    log.warn({ ipHash, retryAfterSeconds: limit.retryAfterSeconds }, 'admin sign-in rate limited')
    return { outcome: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds }
  }

  if (!passwordMatches(parsed.data.password, attempt.expected)) {
    log.warn({ ipHash }, 'admin sign-in failed')
    return { outcome: 'wrong-password' }
  }
  await returnSignInAttempt(db, attempt.ipHash, now)
  log.info({ ipHash }, 'admin signed in')
  return { outcome: 'signed-in' }
}
