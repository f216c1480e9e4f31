import 'server-only'
import { createHash, timingSafeEqual } from 'node:crypto'

/** Shorter secrets could be guessed through the public preview route. */
export const MIN_PREVIEW_SECRET_LENGTH = 24

const digest = (value: string) => createHash('sha256').update(value).digest()

/**
 * Whether `given` is the preview secret. Off (always false) while `PREVIEW_SECRET` is unset; a
 * secret too short to resist guessing is a configuration error, not a weaker preview.
 */
export function isPreviewSecret(given: string | null, configured = process.env.PREVIEW_SECRET) {
  if (!configured || given === null) return false
  if (configured.length < MIN_PREVIEW_SECRET_LENGTH) {
    throw new Error(`PREVIEW_SECRET must be at least ${MIN_PREVIEW_SECRET_LENGTH} characters`)
  }
  // Equal-length digests compare in constant time whatever the lengths of the inputs.
  return timingSafeEqual(digest(given), digest(configured))
}
