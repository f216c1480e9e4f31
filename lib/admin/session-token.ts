import 'server-only'
import { createHmac, timingSafeEqual } from 'node:crypto'

import { sha256Of } from '@/lib/admin/password'

export const SESSION_MAX_AGE_MS = 8 * 60 * 60 * 1_000

export interface SessionKeys {
  /** getSecret('session'): rotating it signs everyone out. */
  secret: string
  /** The admin password: changing it signs everyone out too, so a leaked one can be revoked. */
  password: string
}

/** `expires.signature`: nothing secret inside, only when it stops being valid and proof we said so. */
export function issueSessionToken(keys: SessionKeys, now: number = Date.now()): string {
  const expires = String(Math.floor(now) + SESSION_MAX_AGE_MS)
  return `${expires}.${sign(expires, keys)}`
}

/** True only for an untampered token of ours that has not expired. */
export function verifySessionToken(
  token: string | undefined,
  keys: SessionKeys,
  now: number = Date.now(),
): boolean {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token ?? '')
  if (!match?.[1] || !match[2]) return false
  const [, expires, signature] = match
  if (!sameText(signature, sign(expires, keys))) return false
  const expiresAt = Number(expires)
  // The upper bound retires tokens issued under a longer max age than today's.
  return expiresAt > now && expiresAt <= now + SESSION_MAX_AGE_MS
}

function sign(expires: string, { secret, password }: SessionKeys): string {
  return createHmac('sha256', secret)
    .update(`admin-session:${expires}:`)
    .update(sha256Of(password))
    .digest('base64url')
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}
