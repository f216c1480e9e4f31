import { describe, expect, it } from 'vitest'
import {
  issueSessionToken,
  SESSION_MAX_AGE_MS,
  verifySessionToken,
} from '@/lib/admin/session-token'

const T0 = Date.UTC(2026, 2, 29, 9, 0)
const MINUTE = 60_000
const keys = { secret: 'test-session-secret-of-enough-length', password: 'correct horse' }

describe('admin session token', () => {
  it('keeps a person signed in for eight hours', () => {
    const token = issueSessionToken(keys, T0)
    expect(verifySessionToken(token, keys, T0)).toBe(true)
    expect(verifySessionToken(token, keys, T0 + SESSION_MAX_AGE_MS - 1)).toBe(true)
    expect(SESSION_MAX_AGE_MS).toBe(8 * 60 * MINUTE)
  })

  it('signs them out once it expires', () => {
    const token = issueSessionToken(keys, T0)
    expect(verifySessionToken(token, keys, T0 + SESSION_MAX_AGE_MS)).toBe(false)
  })

  it('refuses a token whose expiry was pushed later', () => {
    const token = issueSessionToken(keys, T0)
    const [expires, signature] = token.split('.') as [string, string]
    const extended = `${Number(expires) + 60 * MINUTE}.${signature}`
    expect(verifySessionToken(extended, keys, T0 + SESSION_MAX_AGE_MS + MINUTE)).toBe(false)
  })

  it('refuses a tampered signature, garbage and no cookie at all', () => {
    const token = issueSessionToken(keys, T0)
    const flipped = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`
    expect(verifySessionToken(flipped, keys, T0)).toBe(false)
    expect(verifySessionToken(`${token}x`, keys, T0)).toBe(false)
    expect(verifySessionToken('signed-in', keys, T0)).toBe(false)
    expect(verifySessionToken('', keys, T0)).toBe(false)
    expect(verifySessionToken(undefined, keys, T0)).toBe(false)
  })

  it('refuses a token signed with another secret', () => {
    const token = issueSessionToken({ ...keys, secret: 'another-secret-of-enough-length' }, T0)
    expect(verifySessionToken(token, keys, T0)).toBe(false)
  })

  it('signs everyone out when the admin password changes', () => {
    const token = issueSessionToken(keys, T0)
    expect(verifySessionToken(token, { ...keys, password: 'new password' }, T0)).toBe(false)
  })

  it('refuses a token that claims to last longer than a session can', () => {
    // Signed with the right keys, as a token from an older, longer max age would be.
    const token = issueSessionToken(keys, T0 + 60 * MINUTE)
    expect(verifySessionToken(token, keys, T0)).toBe(false)
  })
})
