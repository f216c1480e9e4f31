import 'server-only'
import { checkFormToken } from '@/lib/contact/form-token'

export type SpamReason = 'honeypot' | 'too-fast' | 'bad-token'

export interface SpamSignals {
  /** The raw honeypot value from the form data (`formData.get(HONEYPOT_FIELD)`). */
  honeypot: unknown
  /** The raw form token from the form data (`formData.get(FORM_TOKEN_FIELD)`). */
  token: unknown
  now?: number
}

/** Why a submission looks automated, or null when it looks human. An expired token is human. */
export function spamReason({ honeypot, token, now = Date.now() }: SpamSignals): SpamReason | null {
  if (honeypot !== null && honeypot !== undefined && honeypot !== '') return 'honeypot'
  const check = checkFormToken(token, now)
  if (check === 'too-fast') return 'too-fast'
  if (check === 'invalid') return 'bad-token'
  return null
}

export function isSpam(signals: SpamSignals): boolean {
  return spamReason(signals) !== null
}
