import 'server-only'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { MIN_FILL_MS } from '@/lib/contact/fields'
import { getSecret } from '@/lib/secrets'

export { MIN_FILL_MS }

/** Older tokens still pass: someone who left the tab open overnight is not a bot. */
export const TOKEN_MAX_AGE_MS = 24 * 60 * 60 * 1_000

export type FormTokenCheck = 'ok' | 'too-fast' | 'invalid' | 'expired'

/** `renderedAt.signature`, rendered into the form so the server knows when it was shown. */
export function issueFormToken(now: number = Date.now(), secret = getSecret('form')): string {
  const issuedAt = String(Math.floor(now))
  return `${issuedAt}.${sign(issuedAt, secret)}`
}

export function checkFormToken(
  token: unknown,
  now: number = Date.now(),
  secret = getSecret('form'),
): FormTokenCheck {
  if (typeof token !== 'string') return 'invalid'
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match?.[1] || !match[2]) return 'invalid'
  const [, issuedAt, signature] = match
  if (!sameText(signature, sign(issuedAt, secret))) return 'invalid'
  const age = now - Number(issuedAt)
  if (age < MIN_FILL_MS) return 'too-fast'
  return age > TOKEN_MAX_AGE_MS ? 'expired' : 'ok'
}

function sign(issuedAt: string, secret: string): string {
  return createHmac('sha256', secret).update(`form-token:${issuedAt}`).digest('base64url')
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}
