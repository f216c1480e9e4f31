import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { checkFormToken, issueFormToken } from '@/lib/contact/form-token'
import { isSpam, spamReason } from '@/lib/contact/spam'

const T0 = Date.UTC(2026, 2, 29, 9, 0)
const SECOND = 1_000
const HOUR = 3_600 * SECOND

beforeEach(() => {
  vi.stubEnv('FORM_SECRET', 'test-form-secret-of-enough-length')
})
afterEach(() => {
  vi.unstubAllEnvs()
})

describe('form token', () => {
  it('accepts a form sent three seconds or more after it was shown', () => {
    const token = issueFormToken(T0)
    expect(checkFormToken(token, T0 + 3 * SECOND)).toBe('ok')
    expect(checkFormToken(token, T0 + 23 * HOUR)).toBe('ok')
  })

  it('calls a form sent within three seconds too fast', () => {
    expect(checkFormToken(issueFormToken(T0), T0 + 2_999)).toBe('too-fast')
  })

  it('reports a day-old token as expired, which still counts as human', () => {
    const token = issueFormToken(T0)
    expect(checkFormToken(token, T0 + 25 * HOUR)).toBe('expired')
    expect(isSpam({ honeypot: '', token, now: T0 + 25 * HOUR })).toBe(false)
  })

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['not a string', 123],
    ['unsigned', String(T0)],
    ['garbage', 'abc.def'],
  ])('rejects a %s token', (_, token) => {
    expect(checkFormToken(token, T0 + 10 * SECOND)).toBe('invalid')
  })

  it('rejects a token whose time was moved back to look slower', () => {
    const [, signature] = issueFormToken(T0).split('.')
    expect(checkFormToken(`${T0 - 60 * SECOND}.${signature}`, T0 + 10 * SECOND)).toBe('invalid')
  })

  it('rejects a token signed with another secret', () => {
    const token = issueFormToken(T0)
    vi.stubEnv('FORM_SECRET', 'a-different-form-secret-entirely')
    expect(checkFormToken(token, T0 + 10 * SECOND)).toBe('invalid')
  })
})

describe('spam verdict', () => {
  const token = () => issueFormToken(T0)
  const later = T0 + 30 * SECOND

  it('passes a person: empty honeypot, valid token, time taken', () => {
    expect(spamReason({ honeypot: '', token: token(), now: later })).toBeNull()
    expect(spamReason({ honeypot: null, token: token(), now: later })).toBeNull()
  })

  it('flags a filled honeypot even with a valid token', () => {
    expect(spamReason({ honeypot: 'https://spam.test', token: token(), now: later })).toBe(
      'honeypot',
    )
  })

  it('flags a form sent too fast and one without a valid token', () => {
    expect(spamReason({ honeypot: '', token: token(), now: T0 + SECOND })).toBe('too-fast')
    expect(spamReason({ honeypot: '', token: null, now: later })).toBe('bad-token')
    expect(isSpam({ honeypot: '', token: 'forged.token', now: later })).toBe(true)
  })
})
